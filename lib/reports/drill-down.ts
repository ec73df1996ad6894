import { provinceIdOfIso } from "@/lib/domain/provinces";
import type { TPeriod } from "@/lib/domain/period";
import {
  recordListHref,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";
import { periodFilters } from "./period-filters";

// Every figure of the report as the record list that shows exactly the records behind it: the
// list's own URL filters, which are also what the report's queries select with (queries.ts), so
// the list's count equals the figure. Pure, so the page and the tests build the same links. A
// figure's period is a calendar year (`?year=2017`) or any period (`?from=…&to=…`).

export type TDrillDown = { kind: TRecordKind; filters: Partial<TRecordFilters> };

/** A report's period: its calendar year, or its dates. */
export type TDrillPeriod = number | TPeriod;

const at = (p: TDrillPeriod) => (typeof p === "number" ? { year: p } : periodFilters(p));

const list =
  (kind: TRecordKind, base: Partial<TRecordFilters> = {}) =>
  (p: TDrillPeriod, more: Partial<TRecordFilters> = {}): TDrillDown => ({
    kind,
    filters: { ...at(p), ...base, ...more },
  });
const cases = list("cases");
const arrests = list("suspects");
const charged = list("suspects", { dated: "charged" });
const convicted = list("suspects", { dated: "verdict", outcome: "CONVICTED" });
const inCambodia = list("victims", { place: "cambodia" });
const abroad = list("victims", { place: "abroad" });

function province(iso: string | null): TRecordFilters["province"] {
  return iso === null ? "unspecified" : provinceIdOfIso(iso);
}

/** A suspect nationality row (group and country) as the suspects list's nationality filter. */
function suspectNationality(group: string, country: string | null): string {
  if (group === "unspecified") return "unknown";
  if (group === "foreign") return country ?? "foreign-unspecified";
  return "KH";
}

type Sex = TRecordFilters["sex"];

export const drillDown = {
  cases: (p: TDrillPeriod) => cases(p),
  casesByOffence: (p: TDrillPeriod, offence: string) =>
    cases(p, { offence: offence as TRecordFilters["offence"] }),
  casesByProvince: (p: TDrillPeriod, iso: string) => cases(p, { province: province(iso) }),
  arrests: (p: TDrillPeriod) => arrests(p),
  arrestsBySex: (p: TDrillPeriod, sex: string) => arrests(p, { sex: sex as Sex }),
  prosecutions: (p: TDrillPeriod) => charged(p),
  prosecutionsBySex: (p: TDrillPeriod, sex: string) => charged(p, { sex: sex as Sex }),
  prosecutionsByNationality: (p: TDrillPeriod, group: string, country: string | null) =>
    charged(p, { nationality: suspectNationality(group, country) }),
  convictions: (p: TDrillPeriod) => convicted(p),
  convictionsBySex: (p: TDrillPeriod, sex: string) => convicted(p, { sex: sex as Sex }),
  convictionsByNationality: (p: TDrillPeriod, group: string, country: string | null) =>
    convicted(p, { nationality: suspectNationality(group, country) }),
  convictionsBySentence: (p: TDrillPeriod, band: string) =>
    convicted(p, { sentence: band as TRecordFilters["sentence"] }),
  victims: (p: TDrillPeriod) => inCambodia(p),
  victimsByAgeBand: (p: TDrillPeriod, band: string) =>
    inCambodia(p, { ageBand: band as TRecordFilters["ageBand"] }),
  victimsBySex: (p: TDrillPeriod, sex: string) => inCambodia(p, { sex: sex as Sex }),
  victimsByAgeBandAndSex: (p: TDrillPeriod, band: string, sex: string) =>
    inCambodia(p, { ageBand: band as TRecordFilters["ageBand"], sex: sex as Sex }),
  victimsByExploitation: (p: TDrillPeriod, type: string) =>
    inCambodia(p, { exploitation: type as TRecordFilters["exploitation"] }),
  victimsByProvince: (p: TDrillPeriod, iso: string | null) =>
    inCambodia(p, { province: province(iso) }),
  victimsByNationality: (p: TDrillPeriod, country: string | null) =>
    inCambodia(p, { nationality: country ?? "unspecified" }),
  foreignSuspects: (p: TDrillPeriod) => arrests(p, { nationality: "foreign" }),
  foreignByNationality: (p: TDrillPeriod, country: string | null) =>
    arrests(p, { nationality: country ?? "foreign-unspecified" }),
  rescuedAbroad: (p: TDrillPeriod) => abroad(p),
  rescuedAbroadByCountry: (p: TDrillPeriod, country: string | null) =>
    abroad(p, { rescueCountry: country ?? "unspecified" }),
  rescuedAbroadBySex: (p: TDrillPeriod, sex: string) => abroad(p, { sex: sex as Sex }),
  /** The records behind a quality check (the consistency checks have none of their own). */
  check: (p: TDrillPeriod, id: string): TDrillDown | null => {
    switch (id) {
      case "quality.victimsWithoutAge":
        return inCambodia(p, { ageBand: "unknown" });
      case "quality.arrestsWithoutCase":
        return arrests(p, { hasCase: "no" });
      case "quality.casesWithoutDate":
        return { kind: "cases", filters: { year: "none" } };
      case "quality.victimsWithoutDate":
        return { kind: "victims", filters: { year: "none" } };
      case "quality.convictedWithoutVerdictDate":
        return {
          kind: "suspects",
          filters: { year: "none", dated: "verdict", outcome: "CONVICTED" },
        };
      case "quality.verdictBeforeArrest":
        return list("suspects", { dated: "verdict", problem: "verdict-before-arrest" })(p);
      default:
        return null;
    }
  },
};

export function drillDownHref(target: TDrillDown): string {
  return recordListHref(target.kind, target.filters);
}
