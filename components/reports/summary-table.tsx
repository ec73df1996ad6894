import { FigureLink } from "@/components/reports/figure-link";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { drillDown, type TDrillDown } from "@/lib/reports/drill-down";
import type { TChange, TReportDocument } from "@/lib/reports/types";
import type { TReportLabels } from "./report-labels";

type Line = { label: string; figure: TChange | { total: number }; target: TDrillDown };

/** The headline figures: this year, the year before, and the change (half-up, or "new"). */
export function SummaryTable({
  report,
  labels,
}: {
  report: TReportDocument;
  labels: TReportLabels;
}) {
  const { t } = labels;
  const y = report.period;
  const lines: Line[] = [
    { label: t("cases"), figure: report.cases, target: drillDown.cases(y) },
    { label: t("arrests"), figure: report.arrests, target: drillDown.arrests(y) },
    { label: t("prosecutions"), figure: report.prosecutions, target: drillDown.prosecutions(y) },
    { label: t("convictions"), figure: report.convictions, target: drillDown.convictions(y) },
    { label: t("victims"), figure: report.victims, target: drillDown.victims(y) },
    { label: t("rescuedAbroad"), figure: report.rescuedAbroad, target: drillDown.rescuedAbroad(y) },
    {
      label: t("foreignSuspects"),
      figure: { total: report.foreignSuspects.total },
      target: drillDown.foreignSuspects(y),
    },
  ];
  return (
    <Table label={t("summary")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("figure")}</TableHead>
          <TableHead className="text-right">{labels.period(y)}</TableHead>
          <TableHead className="text-right">{labels.period(y.previous)}</TableHead>
          <TableHead className="text-right">{t("change")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map(({ label, figure, target }) => (
          <TableRow key={label}>
            <TableHead scope="row" className="font-normal">
              {label}
            </TableHead>
            <TableCell className="text-right">
              <FigureLink
                count={figure.total}
                numerals={labels.numerals}
                target={target}
                label={t("openRecords", {
                  count: labels.number(figure.total),
                  figure: t("figureInYear", { figure: label, year: labels.period(y) }),
                })}
              />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {"previous" in figure ? labels.number(figure.previous) : "—"}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {"change" in figure ? labels.change(figure.change) : "—"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
