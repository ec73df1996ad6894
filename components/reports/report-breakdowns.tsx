import { BreakdownTable, type TBreakdownRow } from "@/components/reports/breakdown-table";
import { ReportBarChart } from "@/components/reports/bar-chart";
import { ReportSection } from "@/components/reports/report-section";
import { drillDown } from "@/lib/reports/drill-down";
import type { TReportDocument } from "@/lib/reports/types";
import type { TReportLabels } from "./report-labels";

// The report's breakdowns: victims (age band, province, sex, type), cases, arrests, foreign
// suspects and people rescued abroad. Each is a table whose counts link to their records; the ones
// people would rather see get a chart beside the table.

function chartOf(rows: TBreakdownRow[]) {
  return rows.map((r) => ({ label: r.label, count: r.count }));
}

export function ReportBreakdowns({ r, labels }: { r: TReportDocument; labels: TReportLabels }) {
  const { t } = labels;
  const y = r.year;
  const bands = r.victims.byAgeBand.map((b) => ({
    key: b.band,
    label: labels.band(b.band),
    count: b.count,
    target: drillDown.victimsByAgeBand(y, b.band),
  }));
  const provinces = r.victims.byProvince
    .filter((p) => p.province !== null || p.count > 0)
    .map((p) => ({
      key: p.province ?? "unspecified",
      label: labels.province(p.province),
      count: p.count,
      target: drillDown.victimsByProvince(y, p.province),
    }));
  const abroad = r.rescuedAbroad.byCountry.map((c) => ({
    key: c.country ?? "unspecified",
    label: labels.country(c.country, "country"),
    count: c.count,
    target: drillDown.rescuedAbroadByCountry(y, c.country),
  }));
  const nationalities = r.foreignSuspects.byNationality.map((n) => ({
    key: n.country ?? "unspecified",
    label: labels.country(n.country, "nationality"),
    count: n.count,
    target: drillDown.foreignByNationality(y, n.country),
  }));
  const victimsTotal = { count: r.victims.total, target: drillDown.victims(y) };
  const chartLabel = (title: string) => t("chartOf", { title });
  const top = r.victims.topProvince;
  return (
    <>
      <ReportSection
        id="victims-by-age"
        title={t("victimsByAgeBand")}
        chart={<ReportBarChart data={chartOf(bands)} label={chartLabel(t("victimsByAgeBand"))} />}
      >
        <BreakdownTable
          title={t("victimsByAgeBand")}
          keyHeader={t("band")}
          rows={bands}
          total={victimsTotal}
          labels={labels}
        />
      </ReportSection>
      <ReportSection
        id="victims-by-province"
        title={t("victimsByProvince")}
        intro={
          top
            ? t("topProvince", { province: labels.province(top.province), count: top.count })
            : undefined
        }
        chart={
          <ReportBarChart
            horizontal
            data={chartOf(provinces)}
            label={chartLabel(t("victimsByProvince"))}
          />
        }
      >
        <BreakdownTable
          title={t("victimsByProvince")}
          keyHeader={t("province")}
          rows={provinces}
          total={victimsTotal}
          labels={labels}
        />
      </ReportSection>
      <div className="mb-10 grid items-start gap-6 lg:grid-cols-2">
        <ReportSection id="victims-by-sex" title={t("victimsBySex")}>
          <BreakdownTable
            title={t("victimsBySex")}
            keyHeader={t("sex")}
            rows={r.victims.bySex.map((s) => ({
              key: s.sex,
              label: labels.sex(s.sex),
              count: s.count,
              target: drillDown.victimsBySex(y, s.sex),
            }))}
            total={victimsTotal}
            labels={labels}
          />
        </ReportSection>
        <ReportSection id="victims-by-type" title={t("victimsByExploitation")}>
          <BreakdownTable
            title={t("victimsByExploitation")}
            keyHeader={t("type")}
            rows={r.victims.byExploitation.map((e) => ({
              key: e.exploitation,
              label: labels.exploitation(e.exploitation),
              count: e.count,
              target: drillDown.victimsByExploitation(y, e.exploitation),
            }))}
            total={victimsTotal}
            labels={labels}
          />
        </ReportSection>
      </div>
      <ReportSection
        id="foreign-suspects"
        title={t("foreignByNationality")}
        intro={t("foreignSummary", {
          total: r.foreignSuspects.total,
          nationalities: r.foreignSuspects.nationalities,
        })}
      >
        <BreakdownTable
          title={t("foreignByNationality")}
          keyHeader={t("nationality")}
          rows={nationalities}
          total={{ count: r.foreignSuspects.total, target: drillDown.foreignSuspects(y) }}
          labels={labels}
        />
      </ReportSection>
      <ReportSection
        id="rescued-abroad"
        title={t("abroadByCountry")}
        chart={
          <ReportBarChart
            horizontal
            data={chartOf(abroad)}
            label={chartLabel(t("abroadByCountry"))}
          />
        }
      >
        <BreakdownTable
          title={t("abroadByCountry")}
          keyHeader={t("country")}
          rows={abroad}
          total={{ count: r.rescuedAbroad.total, target: drillDown.rescuedAbroad(y) }}
          labels={labels}
        />
      </ReportSection>
      <div className="mb-10 grid items-start gap-6 lg:grid-cols-3">
        <ReportSection id="cases-by-offence" title={t("casesByOffence")}>
          <BreakdownTable
            title={t("casesByOffence")}
            keyHeader={t("type")}
            rows={r.cases.byOffence.map((o) => ({
              key: o.offence,
              label: labels.offence(o.offence),
              count: o.count,
              target: drillDown.casesByOffence(y, o.offence),
            }))}
            total={{ count: r.cases.total, target: drillDown.cases(y) }}
            labels={labels}
          />
        </ReportSection>
        <ReportSection id="cases-by-province" title={t("casesByProvince")}>
          <BreakdownTable
            title={t("casesByProvince")}
            keyHeader={t("province")}
            rows={r.cases.byProvince.map((p) => ({
              key: p.province,
              label: labels.province(p.province),
              count: p.count,
              target: drillDown.casesByProvince(y, p.province),
            }))}
            total={{ count: r.cases.total, target: drillDown.cases(y) }}
            labels={labels}
          />
        </ReportSection>
        <ReportSection id="arrests-by-sex" title={t("arrestsBySex")}>
          <BreakdownTable
            title={t("arrestsBySex")}
            keyHeader={t("sex")}
            rows={r.arrests.bySex.map((s) => ({
              key: s.sex,
              label: labels.sex(s.sex),
              count: s.count,
              target: drillDown.arrestsBySex(y, s.sex),
            }))}
            total={{ count: r.arrests.total, target: drillDown.arrests(y) }}
            labels={labels}
          />
        </ReportSection>
      </div>
    </>
  );
}
