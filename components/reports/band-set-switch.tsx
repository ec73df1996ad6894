import Link from "next/link";
import { AGE_BAND_SET_NAMES, type TAgeBandSet } from "@/lib/domain/age-bands";
import type { TReportLabels } from "./report-labels";

/** Links between the age band sets; the report's other figures do not change. */
export function BandSetSwitch({
  year,
  current,
  labels,
}: {
  year: number;
  current: TAgeBandSet;
  labels: TReportLabels;
}) {
  const { t } = labels;
  return (
    <nav aria-label={t("bandSet")} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{t("bandSet")}:</span>
      {AGE_BAND_SET_NAMES.map((set) => (
        <Link
          key={set}
          href={set === "ncct" ? `/reports/${year}` : `/reports/${year}?bands=${set}`}
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
