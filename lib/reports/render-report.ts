import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { TPeriod } from "@/lib/domain/period";
import type { Locale } from "@/lib/i18n/locales";
import type { TReportOptions } from "@/lib/validation/report";
import { buildReport } from "./build-report";
import { buildReportCsv } from "./export-csv";
import { buildReportView } from "./export-view";

/** The report as the API serves it: pretty JSON, or the CSV of the export (one row a figure). */
export async function renderReport(
  user: ActingUser,
  yearOrPeriod: number | TPeriod,
  options: TReportOptions,
  format: "json" | "csv",
  lang: Locale,
): Promise<string> {
  const report = await buildReport(user, yearOrPeriod, options);
  if (format === "csv") return buildReportCsv(buildReportView(report, lang));
  return `${JSON.stringify(report, null, 2)}\n`;
}
