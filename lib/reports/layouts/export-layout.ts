import "server-only";
import { createHash } from "node:crypto";
import { appendAuditEvents } from "@/lib/audit/append";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { layoutPeriod, type TLayoutRequest } from "@/lib/validation/report-layout";
import { EXPORT_CONTENT_TYPES, type TExportFile } from "../export-report";
import { buildLayout } from "./build-layout";
import { buildLayoutCsv } from "./layout-csv";
import { buildLayoutView, layoutFileName } from "./layout-view";
import { buildLayoutXlsx } from "./layout-xlsx";
import { suppressLayout } from "./suppress-layout";
import type { TLayoutDocument } from "./types";

// One layout as a file, like the annual report's exports (export-report.ts): build the document
// (full, or public with small cells suppressed), render it, record the export in the audit trail
// with the file's SHA-256, and only then hand the file over.

/** The document a layout request serves: the full layout, or its public variant. */
export async function buildLayoutDocument(
  user: ActingUser,
  r: Pick<TLayoutRequest, "layout" | "year" | "period" | "variant" | "k">,
): Promise<TLayoutDocument> {
  const full = await buildLayout(user, r.layout, layoutPeriod(r));
  return r.variant === "public" ? suppressLayout(full, r.k) : full;
}

/** The layout as text (JSON or CSV), for `npm run report` and the API. */
export function renderLayoutText(doc: TLayoutDocument, r: Pick<TLayoutRequest, "format" | "lang">) {
  if (r.format === "csv") return buildLayoutCsv(buildLayoutView(doc, r.lang));
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export async function renderLayoutFile(
  doc: TLayoutDocument,
  r: Pick<TLayoutRequest, "format" | "lang">,
): Promise<Uint8Array<ArrayBuffer>> {
  if (r.format === "xlsx") return buildLayoutXlsx(buildLayoutView(doc, r.lang));
  return new TextEncoder().encode(renderLayoutText(doc, r));
}

export async function exportLayout(
  user: ActingUser,
  r: TLayoutRequest,
  request: RequestContext,
): Promise<TExportFile> {
  assertCan(user, "export:report");
  const doc = await buildLayoutDocument(user, r);
  const bytes = await renderLayoutFile(doc, r);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const lang = r.format === "json" ? null : r.lang;
  await appendAuditEvents(db, [
    {
      actor: user,
      action: "report.exported",
      entityType: "report",
      entityId: String(r.year),
      details: {
        year: r.year,
        layout: r.layout,
        from: doc.period.from,
        to: doc.period.to,
        format: r.format,
        variant: r.variant,
        k: r.variant === "public" ? r.k : null,
        lang,
        scope: doc.scope,
        bytes: bytes.byteLength,
        sha256,
      },
      request,
    },
  ]);
  return {
    bytes,
    sha256,
    contentType: EXPORT_CONTENT_TYPES[r.format],
    fileName: layoutFileName(doc, { format: r.format, lang: lang ?? undefined }),
  };
}
