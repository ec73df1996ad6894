import "server-only";
import { randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { EXPORT_CONTENT_TYPES, recordReportExport } from "@/lib/reports/export-report";
import type { TPublishedFacts } from "@/lib/reports/export-view-types";
import type { TAnyReportDocument } from "@/lib/reports/public-types";
import {
  auditAnchorText,
  publishedCopyFileName,
  renderPublishedCopy,
} from "@/lib/reports/published-copy";
import { parsePublishedCopy, type TPublishedCopy } from "@/lib/validation/published-copy";
import { PUBLISHED_BAND_SET } from "./report-publishing";
import { logger } from "@/lib/observability/logger";

// A published revision downloaded as a file (decision 0031): an export, so export:report and a
// report.exported event with the file's SHA-256 (decision 0022); national, like the revisions
// panel it is offered from (decision 0017). Only the stored document is read, never the records.

export type TPublishedCopyFile = {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
  /** The file's own SHA-256 (equal to the document's for the JSON). */
  fileSha256: string;
  facts: TPublishedFacts;
};

export async function downloadPublishedCopy(
  user: ActingUser,
  copy: TPublishedCopy,
  request: RequestContext,
): Promise<TPublishedCopyFile> {
  assertCan(user, "export:report");
  // A province-scoped reader sees no revisions and no national figures; a published report is
  // national, so its copy is refused rather than cut down to their provinces.
  if (!user.nationalScope) throw new AppError("forbidden", "nationalOnly");
  const snapshot = await db.reportSnapshot.findUnique({
    where: { year_revision: { year: copy.year, revision: copy.revision } },
    select: {
      document: true,
      sha256: true,
      publishedAt: true,
      auditHeadId: true,
      auditHeadHash: true,
    },
  });
  if (!snapshot) throw new AppError("not-found");
  const facts: TPublishedFacts = {
    year: copy.year,
    revision: copy.revision,
    sha256: snapshot.sha256,
    publishedAt: snapshot.publishedAt,
    auditAnchor:
      snapshot.auditHeadId !== null && snapshot.auditHeadHash !== null
        ? { id: String(snapshot.auditHeadId), hash: snapshot.auditHeadHash }
        : null,
  };
  const bytes = await renderPublishedCopy(snapshot.document, facts, copy.format, copy.lang);
  const lang = copy.format === "json" ? null : copy.lang;
  const fileSha256 = await recordReportExport(
    user,
    {
      year: copy.year,
      format: copy.format,
      variant: "full",
      k: 0,
      bands: PUBLISHED_BAND_SET,
      lang,
      published: { revision: copy.revision, sha256: snapshot.sha256 },
    },
    snapshot.document as unknown as TAnyReportDocument,
    bytes,
    request,
  );
  return {
    bytes,
    contentType: EXPORT_CONTENT_TYPES[copy.format],
    fileName: publishedCopyFileName(facts, copy.format, copy.lang),
    fileSha256,
    facts,
  };
}

const STATUS: Partial<Record<AppError["code"], [number, string]>> = {
  forbidden: [
    403,
    "Published reports are national: only a national manager or auditor may download them.",
  ],
  "not-found": [404, "No such published revision."],
};

/**
 * The HTTP answer for /api/reports/Y/revisions/R: 400 for bad options, 403 for a scoped reader,
 * 404 for a revision never published, else the file with the revision, its SHA-256 and the audit
 * anchor in headers. Next-free (the route only adds the guard), so the tests call it directly.
 */
export async function respondWithPublishedCopy(
  user: ActingUser,
  params: { year: string; revision: string },
  search: URLSearchParams,
  request: RequestContext,
): Promise<Response> {
  const parsed = parsePublishedCopy(params.year, params.revision, search);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(", ");
    return new Response(`Invalid download options: ${fields}.\n`, { status: 400 });
  }
  try {
    const file = await downloadPublishedCopy(user, parsed.data, request);
    return new Response(file.bytes, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Content-Length": String(file.bytes.byteLength),
        "X-Content-SHA256": file.fileSha256,
        "X-Report-Revision": String(file.facts.revision),
        "X-Report-SHA256": file.facts.sha256,
        "X-Audit-Anchor": auditAnchorText(file.facts),
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    const known = err instanceof AppError ? STATUS[err.code] : undefined;
    if (known) return new Response(`${known[1]}\n`, { status: known[0] });
    const ref = randomUUID().slice(0, 8);
    logger().error({ err, ref }, "published copy failed");
    return new Response(`The download failed (reference ${ref}).\n`, { status: 500 });
  }
}
