import { getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/ui/disclosure";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { getUiNumerals } from "@/lib/auth/current-user";
import { findLatestRevision } from "@/lib/data/report-revisions";
import type { TAgeBandSet } from "@/lib/domain/age-bands";
import { calendarYearOf } from "@/lib/domain/period";
import { formatDateTime } from "@/lib/i18n/format";
import { formatNumber } from "@/lib/i18n/numerals";
import type { Locale } from "@/lib/i18n/locales";
import type { TReportDocument } from "@/lib/reports/types";
import { ExportMenu } from "./export-menu";
import { PublishPanel } from "./publish-panel";
import { RevisionsPanel } from "./revisions-panel";

/**
 * Exporting and publishing, each behind a disclosure placed after the summary, so the report
 * leads with its figures. The publication line says where the year stands even while closed.
 * Who sees what is decided by the panels themselves (and again on the server).
 */
export async function ReportTools({
  user,
  report,
  bands,
  locale,
}: {
  user: ActingUser;
  report: TReportDocument;
  bands: TAgeBandSet;
  locale: Locale;
}) {
  const year = report.year;
  // Publishing is of calendar years; any other period is read and exported only.
  const isYear = calendarYearOf(report.period) !== null;
  const canExport = can(user, "export:report");
  // National readers see the published state; a province-scoped manager is told why they
  // cannot publish. Anyone else has nothing here.
  const publication = user.nationalScope || can(user, "publish:report");
  if (!canExport && !publication) return null;
  const [t, tReport, latest, numerals] = await Promise.all([
    getTranslations("report.tools"),
    getTranslations("report"),
    user.nationalScope ? findLatestRevision(user, year) : null,
    getUiNumerals(),
  ]);
  const status = !user.nationalScope
    ? undefined
    : latest
      ? t("published", {
          revision: formatNumber(latest.revision, numerals),
          date: formatDateTime(latest.publishedAt, locale, numerals),
        })
      : t("notPublished");
  return (
    <div className="mb-10 space-y-3 print:hidden">
      {canExport ? (
        <Disclosure label={t("export")}>
          <ExportMenu
            user={user}
            year={year}
            bands={bands}
            period={isYear ? null : { from: report.period.from, to: report.period.to }}
          />
        </Disclosure>
      ) : null}
      {publication && !isYear ? (
        <p className="text-sm text-slate-700">{tReport("publishYearOnly")}</p>
      ) : null}
      {publication && isYear ? (
        <Disclosure label={t("publication")} status={status}>
          <div className="space-y-4">
            <RevisionsPanel year={year} report={report} />
            <PublishPanel year={year} />
          </div>
        </Disclosure>
      ) : null}
    </div>
  );
}
