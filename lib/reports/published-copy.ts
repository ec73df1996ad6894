import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { TExportFormat } from "@/lib/validation/report-export";
import { buildReportCsv } from "./export-csv";
import { buildReportPdf } from "./export-pdf";
import { buildReportView } from "./export-view";
export { auditAnchorText } from "./export-view";
import type { TPublishedFacts } from "./export-view-types";
import { buildReportXlsx } from "./export-xlsx";
import type { TAnyReportDocument } from "./public-types";
import { canonicalReportJson } from "./snapshot-hash";

// A published revision as a file, made from its stored document only (decision 0031). The JSON
// is the canonical JSON itself, so the file's SHA-256 is the published one and `sha256sum`
// checks it; the CSV, XLSX and PDF are rebuilt from the same document through the one report
// view, and each names the revision, the SHA-256 and the audit anchor.

/** The file's bytes. `document` is the snapshot's, as read from the database. */
export async function renderPublishedCopy(
  document: unknown,
  facts: TPublishedFacts,
  format: TExportFormat,
  lang: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  if (format === "json") return new TextEncoder().encode(canonicalReportJson(document));
  const view = buildReportView(document as TAnyReportDocument, lang, facts);
  if (format === "csv") return new TextEncoder().encode(buildReportCsv(view));
  if (format === "xlsx") return buildReportXlsx(view);
  return buildReportPdf(view);
}

/** ctip-report-2017-r2-3f9a1c0b2d4e[-km].csv: year, revision and the hash's first 12 digits. */
export function publishedCopyFileName(
  facts: Pick<TPublishedFacts, "year" | "revision" | "sha256">,
  format: TExportFormat,
  lang: Locale,
): string {
  const suffix = format === "json" ? "" : `-${lang}`;
  return `ctip-report-${facts.year}-r${facts.revision}-${facts.sha256.slice(0, 12)}${suffix}.${format}`;
}
