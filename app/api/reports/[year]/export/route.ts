import { randomUUID } from "node:crypto";
import { guardedRoute } from "@/lib/auth/guard";
import { exportReport } from "@/lib/reports/export-report";
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
    try {
      const file = await exportReport(user, parsed.data, context);
      return new Response(file.bytes, {
        headers: {
          "Content-Type": file.contentType,
          "Content-Disposition": `attachment; filename="${file.fileName}"`,
          "Content-Length": String(file.bytes.byteLength),
          "X-Content-SHA256": file.sha256,
          "Cache-Control": "no-store",
        },
      });
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      console.error(`[report export ${ref}]`, err);
      return new Response(`The export failed (reference ${ref}).\n`, { status: 500 });
    }
  },
);
