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

export function reportFigures(r: TReportDocument): [string, number, TDrillDown][] {
  const y = r.year;
  return [
    ["cases", r.cases.total, drillDown.cases(y)],
    ...r.cases.byOffence.map(
      (o) =>
        [`offence ${o.offence}`, o.count, drillDown.casesByOffence(y, o.offence)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.cases.byProvince.map(
      (p) =>
        [`case province ${p.province}`, p.count, drillDown.casesByProvince(y, p.province)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["arrests", r.arrests.total, drillDown.arrests(y)],
    ...r.arrests.bySex.map(
      (s) =>
        [`arrests ${s.sex}`, s.count, drillDown.arrestsBySex(y, s.sex)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["victims", r.victims.total, drillDown.victims(y)],
    ...r.victims.byAgeBand.map(
      (b) =>
        [`band ${b.band}`, b.count, drillDown.victimsByAgeBand(y, b.band)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.victims.bySex.map(
      (s) =>
        [`victims ${s.sex}`, s.count, drillDown.victimsBySex(y, s.sex)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.victims.byExploitation.map(
      (e) =>
        [`type ${e.exploitation}`, e.count, drillDown.victimsByExploitation(y, e.exploitation)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.victims.byProvince.map(
      (p) =>
        [`province ${p.province}`, p.count, drillDown.victimsByProvince(y, p.province)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["foreign", r.foreignSuspects.total, drillDown.foreignSuspects(y)],
    ...r.foreignSuspects.byNationality.map(
      (n) =>
        [`nationality ${n.country}`, n.count, drillDown.foreignByNationality(y, n.country)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["abroad", r.rescuedAbroad.total, drillDown.rescuedAbroad(y)],
    ...r.rescuedAbroad.byCountry.map(
      (c) =>
        [`country ${c.country}`, c.count, drillDown.rescuedAbroadByCountry(y, c.country)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
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
