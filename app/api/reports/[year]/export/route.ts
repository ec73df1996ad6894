import { guardedRoute } from "@/lib/auth/guard";
import { respondWithReportExport } from "@/lib/reports/export-response";
import { parseReportExport } from "@/lib/validation/report-export";

// The report as a file: ?format=csv|xlsx|json|pdf&variant=full|public&k=11&bands=ncct|ctdc&lang=en|km.
// The export is in the audit trail (with the file's SHA-256) before the first byte leaves.
export const GET = guardedRoute<{ year: string }>(
  "export:report",
  async (request, { user, params, request: context }) => {
    const parsed = parseReportExport(params.year, new URL(request.url).searchParams);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(", ");
      return new Response(`Invalid export options: ${fields}.\n`, { status: 400 });
    }
    return respondWithReportExport(user, parsed.data, context);
  },
);
