import { provinceIdOfIso } from "@/lib/domain/provinces";
import {
  recordListHref,
  type TRecordFilters,
  type TRecordKind,
} from "@/lib/filters/record-filters";

// Every figure of the report as the record list that shows exactly the records behind it: the
// list's own URL filters, which are also what the report's queries select with (queries.ts), so
// the list's count equals the figure. Pure, so the page and the tests build the same links.

export type TDrillDown = { kind: TRecordKind; filters: Partial<TRecordFilters> };

const cases = (year: number, more: Partial<TRecordFilters> = {}): TDrillDown => ({
  kind: "cases",
  filters: { year, ...more },
});
const arrests = (year: number, more: Partial<TRecordFilters> = {}): TDrillDown => ({
  kind: "suspects",
  filters: { year, ...more },
});
const inCambodia = (year: number, more: Partial<TRecordFilters> = {}): TDrillDown => ({
  kind: "victims",
  filters: { year, place: "cambodia", ...more },
});
const abroad = (year: number, more: Partial<TRecordFilters> = {}): TDrillDown => ({
  kind: "victims",
  filters: { year, place: "abroad", ...more },
});

function province(iso: string | null): TRecordFilters["province"] {
  return iso === null ? "unspecified" : provinceIdOfIso(iso);
}

export const drillDown = {
  cases: (year: number) => cases(year),
  casesByOffence: (year: number, offence: string) =>
    cases(year, { offence: offence as TRecordFilters["offence"] }),
  casesByProvince: (year: number, iso: string) => cases(year, { province: province(iso) }),
  arrests: (year: number) => arrests(year),
  arrestsBySex: (year: number, sex: string) => arrests(year, { sex: sex as TRecordFilters["sex"] }),
  victims: (year: number) => inCambodia(year),
  victimsByAgeBand: (year: number, band: string) =>
    inCambodia(year, { ageBand: band as TRecordFilters["ageBand"] }),
  victimsBySex: (year: number, sex: string) =>
    inCambodia(year, { sex: sex as TRecordFilters["sex"] }),
  victimsByExploitation: (year: number, type: string) =>
    inCambodia(year, { exploitation: type as TRecordFilters["exploitation"] }),
  victimsByProvince: (year: number, iso: string | null) =>
    inCambodia(year, { province: province(iso) }),
  foreignSuspects: (year: number) => arrests(year, { nationality: "foreign" }),
  foreignByNationality: (year: number, country: string | null) =>
    arrests(year, { nationality: country ?? "foreign-unspecified" }),
  rescuedAbroad: (year: number) => abroad(year),
  rescuedAbroadByCountry: (year: number, country: string | null) =>
    abroad(year, { rescueCountry: country ?? "unspecified" }),
  /** The records behind a quality check (the consistency checks have none of their own). */
  check: (year: number, id: string): TDrillDown | null => {
    switch (id) {
      case "quality.victimsWithoutAge":
        return inCambodia(year, { ageBand: "unknown" });
      case "quality.arrestsWithoutCase":
        return arrests(year, { hasCase: "no" });
      case "quality.casesWithoutDate":
        return { kind: "cases", filters: { year: "none" } };
      case "quality.victimsWithoutDate":
        return { kind: "victims", filters: { year: "none" } };
      default:
        return null;
    }
  },
};

export function drillDownHref(target: TDrillDown): string {
  return recordListHref(target.kind, target.filters);
}
