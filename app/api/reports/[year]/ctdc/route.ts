import { randomUUID } from "node:crypto";
import { guardedRoute } from "@/lib/auth/guard";
import { CTDC_CONTENT_TYPE, exportCtdc } from "@/lib/reports/ctdc/export-ctdc";
import { parseCtdcExport } from "@/lib/validation/ctdc-export";
import { logger } from "@/lib/observability/logger";

// The CTDC record-level victim file: /api/reports/Y/ctdc?k=11 (docs/report-format.md, "CTDC
// export"). In the audit trail, with its counts and SHA-256, before the first byte leaves.
export const GET = guardedRoute<{ year: string }>(
  "export:report",
  async (request, { user, params, request: context }) => {
    const parsed = parseCtdcExport(params.year, new URL(request.url).searchParams.get("k"));
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(", ");
      return new Response(`Invalid export options: ${fields}.\n`, { status: 400 });
    }
    try {
      const file = await exportCtdc(user, parsed.data, context);
      return new Response(file.bytes, {
        headers: {
          "Content-Type": CTDC_CONTENT_TYPE,
          "Content-Disposition": `attachment; filename="${file.fileName}"`,
          "Content-Length": String(file.bytes.byteLength),
          "X-Content-SHA256": file.sha256,
          "Cache-Control": "no-store",
        },
      });
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      logger().error({ err, ref }, "ctdc export failed");
      return new Response(`The export failed (reference ${ref}).\n`, { status: 500 });
    }
  },
);
