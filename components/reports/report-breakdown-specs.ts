import type { TBreakdownRow } from "@/components/reports/breakdown-table";
import { drillDown, type TDrillDown, type TDrillPeriod } from "@/lib/reports/drill-down";
import type { TNationalityRow, TReportDocument } from "@/lib/reports/types";
import type { TReportLabels } from "./report-labels";

// What the report page's breakdowns show, as data: each one's title, rows (labels and the records
// behind each count), total and chart, in groups laid out side by side (report-breakdowns.tsx).

export type Spec = {
  id: string;
  title: string;
  keyHeader: string;
  rows: TBreakdownRow[];
  total: { count: number; target: TDrillDown };
  intro?: string;
  /** A chart beside the table; "horizontal" for long lists of names. */
  chart?: "vertical" | "horizontal";
};

/** Breakdown rows: each key's label and the records behind its count. */
function rowsOf<T>(
  items: T[],
  read: (item: T) => { key: string | null; count: number },
  label: (key: string | null) => string,
  target: (key: string | null) => TDrillDown,
): TBreakdownRow[] {
  return items.map((item) => {
    const { key, count } = read(item);
    return { key: key ?? "unspecified", label: label(key), count, target: target(key) };
  });
}

export function specsOf(r: TReportDocument, labels: TReportLabels): Spec[][] {
  const { t } = labels;
  const y = r.period;
  const d = drillDown;
  const victims = { count: r.victims.total, target: d.victims(y) };
  const cases = { count: r.cases.total, target: d.cases(y) };
  const top = r.victims.topProvince;
  const byKey =
    <K extends string>(k: K) =>
    (row: Record<K, string | null> & { count: number }) => ({
      key: row[k],
      count: row.count,
    });
  const text = (f: (key: string) => string) => (key: string | null) => f(key ?? "");
  const prosecutions = { count: r.prosecutions.total, target: d.prosecutions(y) };
  const convictions = { count: r.convictions.total, target: d.convictions(y) };
  const nationalityRows = (
    rows: TNationalityRow[],
    target: (p: TDrillPeriod, group: string, country: string | null) => TDrillDown,
  ): TBreakdownRow[] =>
    rows.map((n) => ({
      key: `${n.group}-${n.country ?? "unspecified"}`,
      label: labels.suspectNationality(n.group, n.country),
      count: n.count,
      target: target(y, n.group, n.country),
    }));
  return [
    [
      {
        id: "victims-by-age",
        title: t("victimsByAgeBand"),
        keyHeader: t("band"),
        rows: rowsOf(r.victims.byAgeBand, byKey("band"), text(labels.band), (k) =>
          d.victimsByAgeBand(y, k ?? ""),
        ),
        total: victims,
        chart: "vertical",
      },
    ],
    [
      {
        id: "victims-by-province",
        title: t("victimsByProvince"),
        keyHeader: t("province"),
        // The unspecified row is shown only when some victim has no province of rescue.
        rows: rowsOf(
          r.victims.byProvince.filter((p) => p.province !== null || p.count > 0),
          byKey("province"),
          labels.province,
          (k) => d.victimsByProvince(y, k),
        ),
        total: victims,
        intro: top
          ? t("topProvince", {
              province: labels.province(top.province),
              count: labels.number(top.count),
            })
          : undefined,
        chart: "horizontal",
      },
    ],
    [
      {
        id: "victims-by-sex",
        title: t("victimsBySex"),
        keyHeader: t("sex"),
        rows: rowsOf(r.victims.bySex, byKey("sex"), text(labels.sex), (k) =>
          d.victimsBySex(y, k ?? ""),
        ),
        total: victims,
      },
      {
        id: "victims-by-type",
        title: t("victimsByExploitation"),
        keyHeader: t("type"),
        rows: rowsOf(
          r.victims.byExploitation,
          byKey("exploitation"),
          text(labels.exploitation),
          (k) => d.victimsByExploitation(y, k ?? ""),
        ),
        total: victims,
      },
    ],
    [
      {
        id: "victims-by-nationality",
        title: t("victimsByNationality"),
        keyHeader: t("nationality"),
        rows: rowsOf(
          r.victims.byNationality,
          byKey("country"),
          (k) => labels.country(k, "nationality"),
          (k) => d.victimsByNationality(y, k),
        ),
        total: victims,
      },
      {
        id: "victims-by-band-and-sex",
        title: t("victimsByAgeBandAndSex"),
        keyHeader: t("bandAndSex"),
        // Only the cells that hold someone: every band × sex would be mostly zeros.
        rows: r.victims.byAgeBandAndSex
          .filter((c) => c.count > 0)
          .map((c) => ({
            key: `${c.band}-${c.sex}`,
            label: `${labels.band(c.band)} · ${labels.sex(c.sex)}`,
            count: c.count,
            target: d.victimsByAgeBandAndSex(y, c.band, c.sex),
          })),
        total: victims,
      },
    ],
    [
      {
        id: "prosecutions-by-sex",
        title: t("prosecutionsBySex"),
        keyHeader: t("sex"),
        rows: rowsOf(r.prosecutions.bySex, byKey("sex"), text(labels.sex), (k) =>
          d.prosecutionsBySex(y, k ?? ""),
        ),
        total: prosecutions,
      },
      {
        id: "prosecutions-by-nationality",
        title: t("prosecutionsByNationality"),
        keyHeader: t("nationality"),
        rows: nationalityRows(r.prosecutions.byNationality, d.prosecutionsByNationality),
        total: prosecutions,
      },
    ],
    [
      {
        id: "convictions-by-sentence",
        title: t("convictionsBySentence"),
        keyHeader: t("sentence"),
        rows: rowsOf(r.convictions.bySentence, byKey("band"), text(labels.sentence), (k) =>
          d.convictionsBySentence(y, k ?? ""),
        ),
        total: convictions,
        intro: t("convictionsSuspended", {
          suspended: labels.number(r.convictions.suspended),
          total: labels.number(r.convictions.total),
        }),
        chart: "vertical",
      },
    ],
    [
      {
        id: "convictions-by-sex",
        title: t("convictionsBySex"),
        keyHeader: t("sex"),
        rows: rowsOf(r.convictions.bySex, byKey("sex"), text(labels.sex), (k) =>
          d.convictionsBySex(y, k ?? ""),
        ),
        total: convictions,
      },
      {
        id: "convictions-by-nationality",
        title: t("convictionsByNationality"),
        keyHeader: t("nationality"),
        rows: nationalityRows(r.convictions.byNationality, d.convictionsByNationality),
        total: convictions,
      },
    ],
    [
      {
        id: "foreign-suspects",
        title: t("foreignByNationality"),
        keyHeader: t("nationality"),
        rows: rowsOf(
          r.foreignSuspects.byNationality,
          byKey("country"),
          (k) => labels.country(k, "nationality"),
          (k) => d.foreignByNationality(y, k),
        ),
        total: { count: r.foreignSuspects.total, target: d.foreignSuspects(y) },
        intro: t("foreignSummary", {
          total: labels.number(r.foreignSuspects.total),
          nationalities: labels.number(r.foreignSuspects.nationalities),
        }),
      },
    ],
    [
      {
        id: "rescued-abroad",
        title: t("abroadByCountry"),
        keyHeader: t("country"),
        rows: rowsOf(
          r.rescuedAbroad.byCountry,
          byKey("country"),
          (k) => labels.country(k, "country"),
          (k) => d.rescuedAbroadByCountry(y, k),
        ),
        total: { count: r.rescuedAbroad.total, target: d.rescuedAbroad(y) },
        chart: "horizontal",
      },
    ],
    [
      {
        id: "rescued-abroad-by-sex",
        title: t("abroadBySex"),
        keyHeader: t("sex"),
        rows: rowsOf(r.rescuedAbroad.bySex, byKey("sex"), text(labels.sex), (k) =>
          d.rescuedAbroadBySex(y, k ?? ""),
        ),
        total: { count: r.rescuedAbroad.total, target: d.rescuedAbroad(y) },
      },
    ],
    [
      {
        id: "cases-by-offence",
        title: t("casesByOffence"),
        keyHeader: t("type"),
        rows: rowsOf(r.cases.byOffence, byKey("offence"), text(labels.offence), (k) =>
          d.casesByOffence(y, k ?? ""),
        ),
        total: cases,
      },
      {
        id: "cases-by-province",
        title: t("casesByProvince"),
        keyHeader: t("province"),
        rows: rowsOf(r.cases.byProvince, byKey("province"), labels.province, (k) =>
          d.casesByProvince(y, k ?? ""),
        ),
        total: cases,
      },
      {
        id: "arrests-by-sex",
        title: t("arrestsBySex"),
        keyHeader: t("sex"),
        rows: rowsOf(r.arrests.bySex, byKey("sex"), text(labels.sex), (k) =>
          d.arrestsBySex(y, k ?? ""),
        ),
        total: { count: r.arrests.total, target: d.arrests(y) },
      },
    ],
  ];
}
