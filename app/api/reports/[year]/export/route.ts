import { guardedRoute } from "@/lib/auth/guard";
import { respondWithReportExport } from "@/lib/reports/export-response";
import { respondWithLayout } from "@/lib/reports/layouts/layout-response";
import { parseReportExport } from "@/lib/validation/report-export";

// The report as a file: ?format=csv|xlsx|json|pdf&variant=full|public&k=11&bands=ncct|ctdc&lang=en|km.
// The export is in the audit trail (with the file's SHA-256) before the first byte leaves.
export const GET = guardedRoute<{ year: string }>(
  "export:report",
  async (request, { user, params, request: context }) => {
    const search = new URL(request.url).searchParams;
    // ?layout=tip|glotip&format=csv|xlsx|json: the TIP or GLOTIP layout, audited the same way.
    if (search.get("layout"))
      return respondWithLayout(user, params.year, search, context, "export");
    const parsed = parseReportExport(params.year, search);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(", ");
      return new Response(`Invalid export options: ${fields}.\n`, { status: 400 });
    }
    return respondWithReportExport(user, parsed.data, context);
  },
);
