import { getTranslations } from "next-intl/server";
import type { TReportLabels } from "@/components/reports/report-labels";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { isoCodeOf } from "@/lib/domain/provinces";
import {
  TREND_DIMENSIONS,
  type TTrendCell,
  type TTrendDimension,
  type TTrends,
} from "@/lib/data/home-trends";
import { CountLink } from "./count-link";
import { TrendChart } from "@/components/reports/trend-chart";

/** How many keys the chart draws: the largest over all years (the table has every one). */
const CHARTED = 6;

function keyName(dim: TTrendDimension, key: string | null, labels: TReportLabels): string {
  switch (dim) {
    case "province":
      return labels.province(key === null ? null : isoCodeOf(Number(key)));
    case "ageBand":
      return labels.band(key ?? "unknown");
    case "exploitation":
      return labels.exploitation(key ?? "UNKNOWN");
    case "country":
      return labels.country(key, "country");
  }
}

function TrendTable({
  dim,
  cells,
  title,
  column,
  labels,
}: {
  dim: TTrendDimension;
  cells: TTrendCell[];
  title: string;
  /** The first column's heading: what each row is (a province, an age band, …). */
  column: string;
  labels: TReportLabels;
}) {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const keys = [...new Set(cells.map((c) => c.key))];
  const names = new Map(keys.map((k) => [k, keyName(dim, k, labels)]));
  // Largest first over all years, as the chart picks its lines.
  const total = (k: string | null) =>
    cells.filter((c) => c.key === k).reduce((n, c) => n + c.count, 0);
  keys.sort((a, b) => total(b) - total(a));
  const cell = (key: string | null, year: number) =>
    cells.find((c) => c.key === key && c.year === year);
  return (
    <Table label={title}>
      <TableHeader>
        <TableRow>
          <TableHead>{column}</TableHead>
          {years.map((y) => (
            <TableHead key={y} className="text-right">
              {labels.year(y)}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {keys.map((k) => (
          <TableRow key={k ?? "none"}>
            <TableHead scope="row" className="font-normal">
              {names.get(k)}
            </TableHead>
            {years.map((y) => {
              const c = cell(k, y);
              return (
                <TableCell key={y} className="text-right tabular-nums">
                  {c ? (
                    <CountLink
                      href={c.href}
                      text={labels.number(c.count)}
                      label={`${names.get(k)}, ${labels.year(y)}: ${labels.number(c.count)}`}
                    />
                  ) : (
                    labels.number(0)
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Victims over all years by each dimension: a chart of the largest, and a table of all. */
export async function VictimTrends({ trends, labels }: { trends: TTrends; labels: TReportLabels }) {
  const t = await getTranslations("home.trends");
  return (
    <div className="space-y-8">
      {TREND_DIMENSIONS.map((dim) => {
        const cells = trends[dim];
        const title = t(dim);
        if (cells.length === 0) {
          return (
            <div key={dim}>
              <h3 className="mb-2 font-semibold text-slate-900">{title}</h3>
              <p className="text-slate-600">{t("none")}</p>
            </div>
          );
        }
        const totals = new Map<string | null, number>();
        for (const c of cells) totals.set(c.key, (totals.get(c.key) ?? 0) + c.count);
        const top = [...totals]
          .sort((a, b) => b[1] - a[1])
          .slice(0, CHARTED)
          .map(([k]) => k);
        const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
        const data = years.map((year) => {
          const row: Record<string, number> = { year };
          top.forEach((k, i) => {
            row[`s${i}`] = cells.find((c) => c.key === k && c.year === year)?.count ?? 0;
          });
          return row;
        });
        const series = top.map((k, i) => ({ key: `s${i}`, name: keyName(dim, k, labels) }));
        return (
          <div key={dim}>
            <h3 className="mb-2 font-semibold text-slate-900">{title}</h3>
            <div className="grid gap-6 xl:grid-cols-2">
              <TrendChart
                data={data}
                series={series}
                label={t("chartLabel", { figure: title })}
                numerals={labels.numerals}
              />
              <TrendTable
                dim={dim}
                cells={cells}
                title={title}
                column={t(`columns.${dim}`)}
                labels={labels}
              />
            </div>
          </div>
        );
      })}
    </div>
  );
}
