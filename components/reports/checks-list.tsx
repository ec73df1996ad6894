import { CircleAlert, CircleCheck, TriangleAlert } from "lucide-react";
import { FigureLink } from "@/components/reports/figure-link";
import { drillDown, type TDrillPeriod } from "@/lib/reports/drill-down";
import type { TCheck } from "@/lib/reports/types";
import type { TReportLabels } from "./report-labels";

/** The report's consistency and data-quality checks, each with its records when it has any. */
export function ChecksList({
  period,
  checks,
  labels,
}: {
  period: TDrillPeriod;
  checks: TCheck[];
  labels: TReportLabels;
}) {
  const { t } = labels;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {checks.map((check) => {
        // Message keys cannot hold dots: "cases.byOffence" is "checkNames.cases_byOffence".
        const name = t(
          `checkNames.${check.id.replaceAll(".", "_")}` as "checkNames.cases_byOffence",
        );
        const target = drillDown.check(period, check.id);
        const Icon = check.ok
          ? CircleCheck
          : check.kind === "quality"
            ? TriangleAlert
            : CircleAlert;
        const status = check.ok
          ? t("checkOk")
          : check.kind === "quality"
            ? t("checkWarning")
            : t("checkFailed");
        return (
          <li key={check.id} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
            <Icon
              aria-hidden
              className={
                check.ok
                  ? "size-4 text-emerald-700"
                  : check.kind === "quality"
                    ? "size-4 text-amber-700"
                    : "size-4 text-red-700"
              }
            />
            <span className="min-w-0 flex-1">{name}</span>
            <span className="font-medium">{status}</span>
            <span className="text-slate-700 tabular-nums">
              {check.kind === "consistency" ? (
                t("checkSum", {
                  count: labels.number(check.count),
                  expected: labels.number(check.expected ?? 0),
                })
              ) : target && check.count > 0 ? (
                <FigureLink
                  count={check.count}
                  numerals={labels.numerals}
                  target={target}
                  label={t("openRecords", { count: labels.number(check.count), figure: name })}
                />
              ) : (
                t("checkRecords", { count: check.count, n: labels.number(check.count) })
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
