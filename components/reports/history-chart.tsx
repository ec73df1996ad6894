"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatYear, type Numerals } from "@/lib/i18n/numerals";

type Series = { key: "cases" | "arrests" | "victims" | "abroad"; name: string; color: string };

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
  names: Record<Series["key"], string>;
}) {
  const series: Series[] = [
    { key: "cases", name: names.cases, color: "#1e40af" },
    { key: "arrests", name: names.arrests, color: "#b45309" },
    { key: "victims", name: names.victims, color: "#047857" },
    { key: "abroad", name: names.abroad, color: "#7c3aed" },
  ];
  const ascending = [...data].sort((a, b) => a.year - b.year);
  const number = (value: unknown) => formatNumber(Number(value), numerals);
  const year = (value: unknown) => formatYear(String(value), numerals);
  return (
    <figure role="img" aria-label={label} className="h-72 w-full">
      <LineChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={ascending}
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
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </figure>
  );
}
