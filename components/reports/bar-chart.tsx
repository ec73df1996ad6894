"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, type Numerals } from "@/lib/i18n/numerals";

// A bar chart of one breakdown. The table beside it carries the same figures for screen readers
// and keyboard users, so the chart is one labelled image. Its ticks and tooltips write numbers in
// the reader's digits, as the table does.

export function ReportBarChart({
  data,
  label,
  horizontal = false,
  numerals,
}: {
  data: { label: string; count: number }[];
  label: string;
  numerals: Numerals;
  /** Bars run sideways, for long lists of names (provinces, countries). */
  horizontal?: boolean;
}) {
  const height = horizontal ? Math.max(160, data.length * 28 + 40) : 260;
  const number = (value: unknown) => formatNumber(Number(value), numerals);
  return (
    <figure role="img" aria-label={label} className="w-full" style={{ height }}>
      {horizontal ? (
        <BarChart
          responsive
          style={{ width: "100%", height: "100%" }}
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 24 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={number} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
          <Tooltip formatter={number} />
          <Bar dataKey="count" fill="#1e40af" isAnimationActive={false} />
        </BarChart>
      ) : (
        <BarChart
          responsive
          style={{ width: "100%", height: "100%" }}
          data={data}
          margin={{ left: 0, right: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tickFormatter={number} />
          <Tooltip formatter={number} />
          <Bar dataKey="count" fill="#1e40af" isAnimationActive={false} />
        </BarChart>
      )}
    </figure>
  );
}
