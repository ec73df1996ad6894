import { can } from "@/lib/auth/acting-user";
import { guardedRoute } from "@/lib/auth/guard";
import { buildReport } from "@/lib/reports/build-report";
import { respondWithReportExport } from "@/lib/reports/export-response";
import { parseReportOptions, parseReportPeriod } from "@/lib/validation/report";
import { parseReportExport } from "@/lib/validation/report-export";

// The report for any period: GET /api/reports?from=2017-04-01&to=2018-03-31 (dates in
// Asia/Phnom_Penh, both inclusive), the same document as /api/reports/Y for a calendar year
// (read:report). ?format=csv|xlsx|pdf is an export: export:report,
// audited, the same file as /api/reports/Y/export with the period.
export const GET = guardedRoute("read:report", async (request, { user, request: context }) => {
  const search = new URL(request.url).searchParams;
  const period = parseReportPeriod({
    from: search.get("from") || undefined,
    to: search.get("to") || undefined,
  });
  if (!period.success || period.data === null) {
    return Response.json(
      {
        error:
          "from and to are required: real dates YYYY-MM-DD, from not after to, at most ten years apart",
      },
      { status: 400 },
    );
  }
  const format = search.get("format") || "json";
  if (format !== "json") {
    if (!can(user, "export:report")) {
      return new Response("Exporting the report needs the export:report permission.\n", {
        status: 403,
      });
    }
    const parsed = parseReportExport(period.data.from.slice(0, 4), search);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
      return new Response(`Invalid export options: ${fields.join(", ")}.\n`, { status: 400 });
    }
    return respondWithReportExport(user, parsed.data, context);
  }
  const lang = search.get("lang");
  if (lang !== null && lang !== "en" && lang !== "km") {
    return Response.json({ error: "lang must be en or km" }, { status: 400 });
  }
  const options = parseReportOptions(Object.fromEntries(search));
  if (!options.success) {
    return Response.json({ error: "bands must be ncct or ctdc" }, { status: 400 });
  }
  const report = await buildReport(user, period.data, options.data);
  return new Response(`${JSON.stringify(report, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
});
