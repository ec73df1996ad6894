import { guardedRoute } from "@/lib/auth/guard";
import { buildReport } from "@/lib/reports/build-report";
import { parseReportOptions, ZReportYear } from "@/lib/validation/report";

// The report as JSON (docs/report-format.md): the same document `npm run report` prints.
export const GET = guardedRoute<{ year: string }>(
  "read:report",
  async (request, { user, params }) => {
    const year = ZReportYear.safeParse(params.year);
    const options = parseReportOptions(Object.fromEntries(new URL(request.url).searchParams));
    if (!year.success) return Response.json({ error: "year must be four digits" }, { status: 400 });
    if (!options.success)
      return Response.json({ error: "bands must be ncct or ctdc" }, { status: 400 });
    const report = await buildReport(user, year.data, options.data);
    return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  },
);
