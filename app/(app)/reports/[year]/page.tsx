import { notFound } from "next/navigation";
import { BandSetSwitch } from "@/components/reports/band-set-switch";
import { ChecksList } from "@/components/reports/checks-list";
import { HistoryChart } from "@/components/reports/history-chart";
import { ReportBreakdowns } from "@/components/reports/report-breakdowns";
import { ServicesSection } from "@/components/reports/services-section";
import { getReportLabels } from "@/components/reports/report-labels";
import { ReportSection } from "@/components/reports/report-section";
import { ReportTools } from "@/components/reports/report-tools";
import { SummaryTable } from "@/components/reports/summary-table";
import { YearCountsTable } from "@/components/reports/year-counts-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { countRecordsByYear } from "@/lib/data/overview";
import { buildReport } from "@/lib/reports/build-report";
import { ruleTexts } from "@/lib/reports/export-labels";
import { PeriodPicker } from "@/components/reports/period-picker";
import { calendarYearOf } from "@/lib/domain/period";
import { parseReportOptions, parseReportPeriod, ZReportYear } from "@/lib/validation/report";

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { t, year } = await getReportLabels();
  return { title: t("title", { year: year((await params).year) }) };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requireUser("read:report");
  const year = ZReportYear.safeParse((await params).year);
  if (!year.success) notFound();
  const search = await searchParams;
  const parsed = parseReportOptions(search);
  const options = parsed.success ? parsed.data : { bands: "ncct" as const };
  // ?from=&to=: any period instead of the calendar year; a bad one falls back, with a message.
  const asked = parseReportPeriod(search);
  const period = asked.success ? asked.data : null;
  const [report, history, labels] = await Promise.all([
    buildReport(user, period ?? year.data, options),
    countRecordsByYear(user),
    getReportLabels(),
  ]);
  const { t } = labels;
  const previous = labels.period(report.period.previous);
  const isYear = calendarYearOf(report.period) !== null;
  const c = report.comparison;
  return (
    <>
      <PageHeader
        title={
          isYear
            ? t("title", { year: labels.year(report.year) })
            : t("titlePeriod", { period: labels.period(report.period) })
        }
        intro={isYear ? t("intro") : t("introPeriod")}
      />
      <div className="mb-6 space-y-2 text-sm text-slate-700">
        <p>
          {report.scope.national
            ? t("scopeNational")
            : t("scopeProvinces", {
                provinces: report.scope.provinces.map(labels.province).join(", "),
              })}{" "}
          {c.source === "published"
            ? t("comparisonPublished", {
                previous,
                date: labels.dateTime(new Date(c.publishedAt)),
                revision: labels.number(c.revision),
                sha: c.sha256.slice(0, 12),
              })
            : t("comparisonLive", { previous })}
        </p>
        <BandSetSwitch
          year={year.data}
          period={isYear ? null : report.period}
          current={options.bands}
          labels={labels}
        />
        <PeriodPicker
          year={year.data}
          period={report.period}
          previous={report.period.previous}
          labels={labels}
        />
        {asked.success ? null : (
          <p role="alert" className="text-amber-800">
            {t("badPeriod")}
          </p>
        )}
        {parsed.success ? null : (
          <p role="alert" className="text-amber-800">
            {t("badBands", { value: String(search.bands) })}
          </p>
        )}
      </div>
      {/* The summary first; exporting and publishing open from the disclosures after it. */}
      <ReportSection id="summary" title={t("summary")} className="mb-6">
        <SummaryTable report={report} labels={labels} />
      </ReportSection>
      <ReportTools user={user} report={report} bands={options.bands} locale={labels.locale} />
      <ReportBreakdowns r={report} labels={labels} />
      <ServicesSection r={report} labels={labels} />
      <ReportSection
        id="history"
        title={t("history")}
        // Five columns of numbers: beside the chart only where there is room for all of them.
        besideFrom="xl"
        chart={
          <HistoryChart
            data={history}
            label={t("chartOf", { title: t("history") })}
            names={{
              cases: t("cases"),
              arrests: t("arrests"),
              victims: t("victims"),
              abroad: t("rescuedAbroad"),
            }}
            numerals={labels.numerals}
          />
        }
      >
        <YearCountsTable years={history} />
      </ReportSection>
      <ReportSection id="checks" title={t("checks")} intro={t("checksIntro")}>
        <ChecksList period={report.period} checks={report.checks} labels={labels} />
      </ReportSection>
      <ReportSection id="rules" title={t("rules")}>
        {/* In the reader's language; the document itself states them in English. */}
        <dl className="space-y-2 text-sm text-slate-700">
          {ruleTexts(labels.locale)
            .definitions(report.rules.definitions)
            .map((d) => (
              <div key={d.key}>
                <dt className="font-medium text-slate-900">{d.label}</dt>
                <dd>{d.text}</dd>
              </div>
            ))}
        </dl>
      </ReportSection>
    </>
  );
}
