import "server-only";
import { randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { TReportExport } from "@/lib/validation/report-export";
import { exportReport } from "./export-report";

/**
 * The HTTP answer to an export: the file, audited before its first byte leaves (exportReport).
 * Shared by /api/reports/Y/export and the API's ?format=csv, so a file has one way out.
 */
export async function respondWithReportExport(
  user: ActingUser,
  options: TReportExport,
  request: RequestContext,
): Promise<Response> {
  try {
    const file = await exportReport(user, options, request);
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
}
