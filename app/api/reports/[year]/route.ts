import { can } from "@/lib/auth/acting-user";
import { guardedRoute } from "@/lib/auth/guard";
import { buildReport } from "@/lib/reports/build-report";
import { respondWithReportExport } from "@/lib/reports/export-response";
import { respondWithLayout } from "@/lib/reports/layouts/layout-response";
import { parseReportOptions, ZReportYear } from "@/lib/validation/report";
import { parseReportExport } from "@/lib/validation/report-export";

// The report, machine-readable: the same document `npm run report` prints (docs/report-format.md)
// and the page shows, so it needs only read:report (decision 0022). ?bands=ctdc: CTDC age bands.
// ?format=csv is a file, so an export: export:report, audited, the same file as
// /api/reports/Y/export?format=csv. ?layout=tip|glotip: the TIP or GLOTIP layout (layout-response.ts).
export const GET = guardedRoute<{ year: string }>(
  "read:report",
  async (request, { user, params, request: context }) => {
    const search = new URL(request.url).searchParams;
    if (search.get("layout")) return respondWithLayout(user, params.year, search, context, "read");
    const format = search.get("format") || "json";
    if (format === "csv") {
      if (!can(user, "export:report")) {
        return new Response("Exporting the report needs the export:report permission.\n", {
          status: 403,
        });
      }
      const parsed = parseReportExport(params.year, search);
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
        return new Response(`Invalid export options: ${fields.join(", ")}.\n`, { status: 400 });
      }
      return respondWithReportExport(user, parsed.data, context);
    }
    if (format !== "json") {
      return Response.json({ error: "format must be json or csv" }, { status: 400 });
    }
    // The JSON has no language of its own, but a wrong option is still the client's mistake.
    const lang = search.get("lang");
    if (lang !== null && lang !== "en" && lang !== "km") {
      return Response.json({ error: "lang must be en or km" }, { status: 400 });
    }
    const year = ZReportYear.safeParse(params.year);
    if (!year.success) return Response.json({ error: "year must be four digits" }, { status: 400 });
    const options = parseReportOptions(Object.fromEntries(search));
    if (!options.success) {
      return Response.json({ error: "bands must be ncct or ctdc" }, { status: 400 });
    }
    const report = await buildReport(user, year.data, options.data);
    return new Response(`${JSON.stringify(report, null, 2)}\n`, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  },
);
