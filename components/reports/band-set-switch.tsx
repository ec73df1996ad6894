import Link from "next/link";
import { AGE_BAND_SET_NAMES, type TAgeBandSet } from "@/lib/domain/age-bands";
import type { TReportLabels } from "./report-labels";

/** Links between the age band sets; the report's other figures do not change. */
export function BandSetSwitch({
  year,
  period,
  current,
  labels,
}: {
  year: number;
  /** A period other than the calendar year, kept when the bands change. */
  period?: { from: string; to: string } | null;
  current: TAgeBandSet;
  labels: TReportLabels;
}) {
  const { t } = labels;
  const query = (set: TAgeBandSet) => {
    const params = new URLSearchParams(period ? { from: period.from, to: period.to } : {});
    if (set !== "ncct") params.set("bands", set);
    const text = params.toString();
    return text ? `?${text}` : "";
  };
  return (
    <nav aria-label={t("bandSet")} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{t("bandSet")}:</span>
      {AGE_BAND_SET_NAMES.map((set) => (
        <Link
          key={set}
          href={`/reports/${year}${query(set)}`}
          aria-current={set === current ? "page" : undefined}
          className={
            set === current
              ? "rounded-full bg-slate-900 px-3 py-1 text-white"
              : "rounded-full border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100"
          }
        >
          {labels.bandSet(set)}
        </Link>
      ))}
    </nav>
  );
}
