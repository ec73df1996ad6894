import { expect } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findCases } from "@/lib/data/cases";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { parseRecordFilters, recordFiltersQuery } from "@/lib/filters/record-filters";
import { drillDown, type TDrillDown } from "@/lib/reports/drill-down";
import type { TReportDocument } from "@/lib/reports/types";

// Every figure of a report beside the record list its drill-down link opens, for the tests that
// compare the two counts.

type TFigure = [string, number, TDrillDown];

export function reportFigures(r: TReportDocument): TFigure[] {
  // A calendar year's links say ?year=, any other period's ?from=&to= (drill-down.ts).
  const y = { from: r.period.from, to: r.period.to };
  const d = drillDown;
  const rows = <R extends { count: number }>(
    name: string,
    list: R[],
    target: (row: R) => TDrillDown,
    label: (row: R) => string,
  ): TFigure[] => list.map((row) => [`${name} ${label(row)}`, row.count, target(row)]);
  return [
    ["cases", r.cases.total, d.cases(y)],
    ...rows(
      "offence",
      r.cases.byOffence,
      (o) => d.casesByOffence(y, o.offence),
      (o) => o.offence,
    ),
    ...rows(
      "case province",
      r.cases.byProvince,
      (p) => d.casesByProvince(y, p.province),
      (p) => p.province,
    ),
    ["arrests", r.arrests.total, d.arrests(y)],
    ...rows(
      "arrests",
      r.arrests.bySex,
      (s) => d.arrestsBySex(y, s.sex),
      (s) => s.sex,
    ),
    ["prosecutions", r.prosecutions.total, d.prosecutions(y)],
    ...rows(
      "prosecutions",
      r.prosecutions.bySex,
      (s) => d.prosecutionsBySex(y, s.sex),
      (s) => s.sex,
    ),
    ...rows(
      "prosecutions",
      r.prosecutions.byNationality,
      (n) => d.prosecutionsByNationality(y, n.group, n.country),
      (n) => `${n.group} ${n.country}`,
    ),
    ["convictions", r.convictions.total, d.convictions(y)],
    ...rows(
      "convictions",
      r.convictions.bySex,
      (s) => d.convictionsBySex(y, s.sex),
      (s) => s.sex,
    ),
    ...rows(
      "convictions",
      r.convictions.byNationality,
      (n) => d.convictionsByNationality(y, n.group, n.country),
      (n) => `${n.group} ${n.country}`,
    ),
    ...rows(
      "sentence",
      r.convictions.bySentence,
      (b) => d.convictionsBySentence(y, b.band),
      (b) => b.band,
    ),
    ["victims", r.victims.total, d.victims(y)],
    ...rows(
      "band",
      r.victims.byAgeBand,
      (b) => d.victimsByAgeBand(y, b.band),
      (b) => b.band,
    ),
    ...rows(
      "victims",
      r.victims.bySex,
      (s) => d.victimsBySex(y, s.sex),
      (s) => s.sex,
    ),
    ...rows(
      "band and sex",
      r.victims.byAgeBandAndSex,
      (c) => d.victimsByAgeBandAndSex(y, c.band, c.sex),
      (c) => `${c.band} ${c.sex}`,
    ),
    ...rows(
      "type",
      r.victims.byExploitation,
      (e) => d.victimsByExploitation(y, e.exploitation),
      (e) => e.exploitation,
    ),
    ...rows(
      "province",
      r.victims.byProvince,
      (p) => d.victimsByProvince(y, p.province),
      (p) => String(p.province),
    ),
    ...rows(
      "victim nationality",
      r.victims.byNationality,
      (n) => d.victimsByNationality(y, n.country),
      (n) => String(n.country),
    ),
    ["foreign", r.foreignSuspects.total, d.foreignSuspects(y)],
    ...rows(
      "nationality",
      r.foreignSuspects.byNationality,
      (n) => d.foreignByNationality(y, n.country),
      (n) => String(n.country),
    ),
    ["abroad", r.rescuedAbroad.total, d.rescuedAbroad(y)],
    ...rows(
      "country",
      r.rescuedAbroad.byCountry,
      (c) => d.rescuedAbroadByCountry(y, c.country),
      (c) => String(c.country),
    ),
    ...rows(
      "abroad",
      r.rescuedAbroad.bySex,
      (s) => d.rescuedAbroadBySex(y, s.sex),
      (s) => s.sex,
    ),
    // Quality checks with a list: the list's count is the check's.
    ...r.checks
      .filter((c) => c.kind === "quality")
      .flatMap((c): TFigure[] => {
        const target = d.check(y, c.id);
        return target ? [[c.id, c.count, target]] : [];
      }),
  ];
}

/** The count the list shows, reached the way a browser reaches it: through the URL. */
export async function listCount(user: ActingUser, target: TDrillDown): Promise<number> {
  const query = new URLSearchParams(recordFiltersQuery(target.filters));
  const { filters, errors } = parseRecordFilters(target.kind, Object.fromEntries(query));
  expect(errors).toEqual({});
  const find = { cases: findCases, suspects: findSuspects, victims: findVictims }[target.kind];
  return (await find(user, filters)).total;
}
