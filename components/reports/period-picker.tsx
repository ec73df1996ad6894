import Link from "next/link";
import { inputClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { calendarYearOf, tipPeriod, type TPeriod } from "@/lib/domain/period";
import type { TReportLabels } from "./report-labels";

/**
 * The report's period: the calendar year (the default), the TIP year that starts in it (1 April
 * to 31 March), or any two dates. A plain GET form: the period lives in the URL, so a period's
 * report can be shared by link and reloaded.
 */
export function PeriodPicker({
  year,
  period,
  previous,
  labels,
}: {
  year: number;
  period: TPeriod;
  /** The period the previous figures count. */
  previous: TPeriod;
  labels: TReportLabels;
}) {
  const { t } = labels;
  const tip = tipPeriod(year);
  const isYear = calendarYearOf(period) === year;
  const isTip = period.from === tip.from && period.to === tip.to;
  const chip = (current: boolean) =>
    current
      ? "rounded-full bg-slate-900 px-3 py-1 text-white"
      : "rounded-full border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100";
  return (
    <section aria-labelledby="period-picker" className="space-y-2 text-sm">
      <h2 id="period-picker" className="font-medium text-slate-900">
        {t("periodPicker")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/reports/${year}`}
          aria-current={isYear ? "page" : undefined}
          className={chip(isYear)}
        >
          {t("periodYear", { year: labels.year(year) })}
        </Link>
        <Link
          href={`/reports/${year}?from=${tip.from}&to=${tip.to}`}
          aria-current={isTip ? "page" : undefined}
          className={chip(isTip)}
        >
          {t("periodTip", { year: labels.year(year), range: labels.period(tip) })}
        </Link>
      </div>
      <form method="get" action={`/reports/${year}`} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="period-from" className="block font-medium">
            {t("periodFrom")}
          </label>
          <input
            id="period-from"
            name="from"
            type="date"
            required
            defaultValue={period.from}
            className={inputClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="period-to" className="block font-medium">
            {t("periodTo")}
          </label>
          <input
            id="period-to"
            name="to"
            type="date"
            required
            defaultValue={period.to}
            className={inputClass}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("periodShow")}
        </Button>
      </form>
      <p className="text-slate-700">{t("periodNote", { previous: labels.period(previous) })}</p>
    </section>
  );
}
