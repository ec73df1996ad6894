import "server-only";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Locale } from "@/lib/i18n/locales";
import type { TReportExport } from "@/lib/validation/report-export";
import { buildExportDocument, recordReportExport } from "./export-report";
import { buildReportView, type TReportView } from "./export-view";
import { renderPrintBody } from "./print-view";

export type TReportPrintOptions = Omit<TReportExport, "format" | "lang"> & { lang: Locale };

/**
 * The print view is an export: the browser turns it into paper or a PDF the app never sees. So it
 * takes export:report, and it is recorded as `report.exported` (format "print", with the SHA-256
 * of the markup) before the page renders, like every other export (decision 0022).
 */
export async function printReport(
  user: ActingUser,
  options: TReportPrintOptions,
  request: RequestContext,
): Promise<{ view: TReportView; html: string }> {
  const doc = await buildExportDocument(user, options);
  const view = buildReportView(doc, options.lang);
  const html = renderPrintBody(view);
  const facts = { ...options, format: "print" as const };
  await recordReportExport(user, facts, doc, new TextEncoder().encode(html), request);
  return { view, html };
}
