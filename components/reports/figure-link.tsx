import Link from "next/link";
import { formatNumber, type Numerals } from "@/lib/i18n/numerals";
import { drillDownHref, type TDrillDown } from "@/lib/reports/drill-down";

/** A figure that opens the records behind it. The list's count equals the figure. */
export function FigureLink({
  count,
  target,
  label,
  numerals,
}: {
  count: number;
  numerals: Numerals;
  target: TDrillDown;
  /** What the figure counts, for the link's accessible name. */
  label: string;
}) {
  return (
    <Link
      href={drillDownHref(target)}
      // A report has a hundred figures: prefetching every list behind them would load the server.
      prefetch={false}
      aria-label={label}
      className="font-medium text-blue-800 tabular-nums underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {formatNumber(count, numerals)}
    </Link>
  );
}
