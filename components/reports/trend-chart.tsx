"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatYear, type Numerals } from "@/lib/i18n/numerals";

const COLORS = ["#1e40af", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

/** A few series over the years (the report's history, the home page's trends); the table beside it
 * carries every figure for screen readers. */
export function TrendChart({
  data,
  series,
  label,
  numerals,
}: {
  /** One row per year: { year, s0: count, s1: count, … }. */
  data: Record<string, number>[];
  series: { key: string; name: string }[];
  label: string;
  numerals: Numerals;
}) {
  const number = (value: unknown) => formatNumber(Number(value), numerals);
  const year = (value: unknown) => formatYear(String(value), numerals);
  return (
    <figure role="img" aria-label={label} className="h-72 w-full">
      <LineChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={data}
        margin={{ left: 0, right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" tickFormatter={year} />
        <YAxis allowDecimals={false} tickFormatter={number} />
        <Tooltip formatter={number} labelFormatter={year} />
        {/* Our own legend: Recharts' default labels each swatch "<name> legend icon", in English. */}
        <Legend
          content={({ payload }) => (
            <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
              {payload?.map((item) => (
                <li key={String(item.value)} className="flex items-center gap-1.5">
                  <span
                    aria-hidden
                    className="inline-block size-3 rounded-sm"
                    style={{ backgroundColor: item.color }}
                  />
                  {item.value}
                </li>
              ))}
            </ul>
          )}
        />
        {series.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </figure>
  );
}
