"use client";

import type { Numerals } from "@/lib/i18n/numerals";
import { TrendChart } from "./trend-chart";

type Key = "cases" | "arrests" | "victims" | "abroad";
const KEYS: Key[] = ["cases", "arrests", "victims", "abroad"];

/** Cases, arrests and victims over all years; the records-by-year table beside it has the numbers. */
export function HistoryChart({
  data,
  label,
  names,
  numerals,
}: {
  numerals: Numerals;
  data: { year: number; cases: number; arrests: number; victims: number; abroad: number }[];
  label: string;
  names: Record<Key, string>;
}) {
  const ascending = [...data].sort((a, b) => a.year - b.year);
  return (
    <TrendChart
      data={ascending}
      series={KEYS.map((key) => ({ key, name: names[key] }))}
      label={label}
      numerals={numerals}
    />
  );
}
