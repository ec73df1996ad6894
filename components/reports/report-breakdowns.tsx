import { BreakdownTable } from "@/components/reports/breakdown-table";
import { ReportBarChart } from "@/components/reports/bar-chart";
import { ReportSection } from "@/components/reports/report-section";
import type { TReportDocument } from "@/lib/reports/types";
import { specsOf, type Spec } from "./report-breakdown-specs";
import type { TReportLabels } from "./report-labels";

// The report's breakdowns: victims, prosecutions and convictions, foreign suspects, people rescued
// abroad, cases and arrests. Each is a table whose counts link to their records; the ones people
// would rather see get a chart beside the table. One list of specs (report-breakdown-specs.ts)
// drives them all.

function Breakdown({ spec, labels }: { spec: Spec; labels: TReportLabels }) {
  const chart = spec.chart ? (
    <ReportBarChart
      horizontal={spec.chart === "horizontal"}
      data={spec.rows.map((row) => ({ label: row.label, count: row.count }))}
      numerals={labels.numerals}
      label={labels.t("chartOf", { title: spec.title })}
    />
  ) : undefined;
  return (
    <ReportSection id={spec.id} title={spec.title} intro={spec.intro} chart={chart}>
      <BreakdownTable
        title={spec.title}
        keyHeader={spec.keyHeader}
        rows={spec.rows}
        total={spec.total}
        labels={labels}
      />
    </ReportSection>
  );
}

const GRID = ["", "lg:grid-cols-1", "lg:grid-cols-2", "lg:grid-cols-3"];

/** Sections side by side on wide screens when a group holds more than one. */
export function ReportBreakdowns({ r, labels }: { r: TReportDocument; labels: TReportLabels }) {
  return specsOf(r, labels).map((group) =>
    group.length === 1 ? (
      <Breakdown key={group[0]!.id} spec={group[0]!} labels={labels} />
    ) : (
      <div key={group[0]!.id} className={`mb-10 grid items-start gap-6 ${GRID[group.length]}`}>
        {group.map((spec) => (
          <Breakdown key={spec.id} spec={spec} labels={labels} />
        ))}
      </div>
    ),
  );
}
