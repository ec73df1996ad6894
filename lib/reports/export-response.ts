import "server-only";
import { randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { TReportExport } from "@/lib/validation/report-export";
import type { TLayoutRequest } from "@/lib/validation/report-layout";
import { exportReport, type TExportFile } from "./export-report";
import { exportLayout } from "./layouts/export-layout";
import { logger } from "@/lib/observability/logger";

/**
 * The HTTP answer to an export: the file, audited before its first byte leaves (exportReport,
 * exportLayout). Shared by /api/reports/Y/export and the API's ?format=, so a file has one way out.
 */
export function respondWithReportExport(
  user: ActingUser,
  options: TReportExport,
  request: RequestContext,
): Promise<Response> {
  return respondWithFile(() => exportReport(user, options, request));
}

/** A TIP or GLOTIP layout's file (?layout=), the same way. */
export function respondWithLayoutExport(
  user: ActingUser,
  options: TLayoutRequest,
  request: RequestContext,
): Promise<Response> {
  return respondWithFile(() => exportLayout(user, options, request));
}

async function respondWithFile(produce: () => Promise<TExportFile>): Promise<Response> {
  try {
    const file = await produce();
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
    logger().error({ err, ref }, "report export failed");
    return new Response(`The export failed (reference ${ref}).\n`, { status: 500 });
  }
}
