import { FigureLink } from "@/components/reports/figure-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { TDrillDown } from "@/lib/reports/drill-down";
import type { TReportLabels } from "./report-labels";

export type TBreakdownRow = { key: string; label: string; count: number; target: TDrillDown };

/** A breakdown as a table: one row per value, each count linked to its records, then the total. */
export function BreakdownTable({
  title,
  keyHeader,
  rows,
  total,
  labels,
}: {
  title: string;
  keyHeader: string;
  rows: TBreakdownRow[];
  total: { count: number; target: TDrillDown };
  labels: TReportLabels;
}) {
  const { t } = labels;
  const open = (count: number, figure: string) =>
    t("openRecords", { count: labels.number(count), figure: t("figureOf", { title, figure }) });
  return (
    <Table label={title}>
      <TableHeader>
        <TableRow>
          <TableHead>{keyHeader}</TableHead>
          <TableHead className="text-right">{t("count")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableHead scope="row" className="font-normal">
              {r.label}
            </TableHead>
            <TableCell className="text-right">
              <FigureLink
                count={r.count}
                numerals={labels.numerals}
                target={r.target}
                label={open(r.count, r.label)}
              />
            </TableCell>
          </TableRow>
        ))}
        <TableRow className="bg-slate-50">
          <TableHead scope="row">{t("total")}</TableHead>
          <TableCell className="text-right">
            <FigureLink
              count={total.count}
              numerals={labels.numerals}
              target={total.target}
              label={open(total.count, t("total"))}
            />
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
