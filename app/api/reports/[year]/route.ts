import { guardedRoute } from "@/lib/auth/guard";
import { renderReport } from "@/lib/reports/render-report";
import { parseReportOptions, ZReportYear } from "@/lib/validation/report";

// The report, machine-readable: the same document `npm run report` prints (docs/report-format.md).
// ?format=csv gives the export's one-row-a-figure CSV; ?bands=ctdc the CTDC age bands.
export const GET = guardedRoute<{ year: string }>(
  "read:report",
  async (request, { user, params }) => {
    const search = Object.fromEntries(new URL(request.url).searchParams);
    const year = ZReportYear.safeParse(params.year);
    const options = parseReportOptions(search);
    const format = search.format ?? "json";
    const lang = search.lang ?? "en";
    if (!year.success) return Response.json({ error: "year must be four digits" }, { status: 400 });
    if (!options.success) {
      return Response.json({ error: "bands must be ncct or ctdc" }, { status: 400 });
    }
    if (format !== "json" && format !== "csv") {
      return Response.json({ error: "format must be json or csv" }, { status: 400 });
    }
    if (lang !== "en" && lang !== "km") {
      return Response.json({ error: "lang must be en or km" }, { status: 400 });
    }
    const text = await renderReport(user, year.data, options.data, format, lang);
    return new Response(text, {
      headers: {
        "Content-Type":
          format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Cache-Control": "no-store",
      },
    });
  },
);
