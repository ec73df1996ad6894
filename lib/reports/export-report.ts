import "server-only";
import { createHash } from "node:crypto";
import { appendAuditEvents } from "@/lib/audit/append";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/scope";
import type { TReportExport } from "@/lib/validation/report-export";
import { buildReport } from "./build-report";
import { buildReportCsv } from "./export-csv";
import { buildReportPdf } from "./export-pdf";
import { buildReportView, exportFileName } from "./export-view";
import { buildReportXlsx } from "./export-xlsx";
import type { TAnyReportDocument } from "./public-types";
import { suppressReport } from "./suppress";

// One export of the annual report: build the document (full, or public with small cells
// suppressed), render the file, then record the export in the audit trail with the file's size
// and SHA-256, and only then hand the file over. A build or render that fails records nothing.

export const EXPORT_CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
} as const;

export type TExportFile = {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
  sha256: string;
};

async function renderFile(
  doc: TAnyReportDocument,
  options: TReportExport,
): Promise<Uint8Array<ArrayBuffer>> {
  if (options.format === "json") {
    return new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`);
  }
  const view = buildReportView(doc, options.lang);
  if (options.format === "csv") return new TextEncoder().encode(buildReportCsv(view));
  if (options.format === "xlsx") return buildReportXlsx(view);
  return buildReportPdf(view);
}

/** The document an export serves: the full report, or the public one with small cells hidden. */
export async function buildExportDocument(
  user: ActingUser,
  options: Pick<TReportExport, "year" | "bands" | "variant" | "k"> &
    Partial<Pick<TReportExport, "period">>,
): Promise<TAnyReportDocument> {
  assertCan(user, "export:report");
  const full = await buildReport(user, options.period ?? options.year, { bands: options.bands });
  return options.variant === "public" ? suppressReport(full, options.k) : full;
}

type ExportFacts = Pick<TReportExport, "year" | "bands" | "variant" | "k"> &
  Partial<Pick<TReportExport, "period">> & {
    format: TReportExport["format"] | "print";
    lang: TReportExport["lang"] | null;
    /** A published revision's copy: which one, and its stored document's SHA-256 (0031). */
    published?: { revision: number; sha256: string };
  };

/** The one `report.exported` event, with what was served and its SHA-256; returns the hash. */
export async function recordReportExport(
  user: ActingUser,
  facts: ExportFacts,
  doc: TAnyReportDocument,
  bytes: Uint8Array,
  request: RequestContext,
): Promise<string> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await appendAuditEvents(db, [
    {
      actor: user,
      action: "report.exported",
      entityType: "report",
      entityId: String(facts.year),
      details: {
        year: facts.year,
        ...(facts.period ? { period: facts.period } : {}),
        format: facts.format,
        variant: facts.variant,
        k: facts.variant === "public" ? facts.k : null,
        bands: facts.bands,
        lang: facts.lang,
        scope: doc.scope,
        bytes: bytes.byteLength,
        sha256,
        ...(facts.published
          ? { revision: facts.published.revision, documentSha256: facts.published.sha256 }
          : {}),
      },
      request,
    },
  ]);
  return sha256;
}

export async function exportReport(
  user: ActingUser,
  options: TReportExport,
  request: RequestContext,
): Promise<TExportFile> {
  const doc = await buildExportDocument(user, options);
  const bytes = await renderFile(doc, options);
  const lang = options.format === "json" ? null : options.lang;
  const sha256 = await recordReportExport(user, { ...options, lang }, doc, bytes, request);
  return {
    bytes,
    sha256,
    contentType: EXPORT_CONTENT_TYPES[options.format],
    fileName: exportFileName(doc, { format: options.format, lang: lang ?? undefined }),
  };
}
