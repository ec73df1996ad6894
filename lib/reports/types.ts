import type { TAgeBandSet } from "@/lib/domain/age-bands";

// The annual report as one JSON document: what /api/reports/Y returns, what `npm run report`
// prints, what a published snapshot freezes and what every export is made from. Documented in
// docs/report-format.md; bump REPORT_FORMAT when a key changes meaning or goes away.

export const REPORT_FORMAT = "ctip-annual-report/1";

/** A figure this year and the year before, with the change between them. */
export type TChange = {
  total: number;
  previous: number;
  /** (total − previous) / previous × 100, rounded half-up to two decimals; null from a zero base. */
  changePercent: number | null;
  /** "+72.83%", "−12.50%", "0.00%", "new" (from zero) or "none" (zero to zero). */
  change: string;
};

/** A period's first and last dates (YYYY-MM-DD), both inclusive, read in Asia/Phnom_Penh. */
export type TReportPeriod = { from: string; to: string };

/** Suspects by nationality: Cambodian (country "KH"), foreign with the country (null: not
 * recorded), and unspecified (not known whether foreign; country null). */
export type TNationalityRow = {
  group: "cambodian" | "foreign" | "unspecified";
  country: string | null;
  count: number;
};

/** One row of a breakdown. `key` null is the explicit "unspecified" remainder. */
export type TBreakdownRow<K extends string = string> = { key: K | null; count: number };

export type TCheck = {
  /** Stable id, e.g. "victims.byAgeBand.sum" or "quality.victimsWithoutAge". */
  id: string;
  kind: "consistency" | "quality";
  /** Consistency: the breakdown adds up to its total. Quality: no record has the problem. */
  ok: boolean;
  /** Consistency: the breakdown's sum and the total. Quality: how many records have the problem. */
  count: number;
  expected?: number;
};

/** Where the previous year's figures come from: the live records, or its published snapshot. */
export type TComparison =
  | { source: "live" }
  | { source: "published"; publishedAt: string; sha256: string; revision: number };

export type TReportScope = { national: boolean; provinces: string[] };

export type TReportDocument = {
  format: typeof REPORT_FORMAT;
  /** The calendar year of the period; for any other period, the year it starts in. */
  year: number;
  /** The period counted, and the one of the same length just before it that `previous` counts. */
  period: TReportPeriod & { previous: TReportPeriod };
  generatedAt: string;
  /** National, or the ISO 3166-2 codes of the provinces the reading user is scoped to. */
  scope: TReportScope;
  rules: {
    timeZone: "Asia/Phnom_Penh";
    ageBandSet: TAgeBandSet;
    /** Which victims, arrests and suspects each section counts, in words; see report-format.md. */
    definitions: Record<string, string>;
  };
  comparison: TComparison;
  cases: TChange & {
    byOffence: { offence: string; count: number }[];
    byProvince: { province: string; count: number }[];
  };
  arrests: TChange & { bySex: { sex: string; count: number }[] };
  /** People charged or sent to court in the period (by the charge date). */
  prosecutions: TChange & {
    bySex: { sex: string; count: number }[];
    byNationality: TNationalityRow[];
  };
  /** People convicted in the period (verdict "convicted", by the verdict date). */
  convictions: TChange & {
    bySex: { sex: string; count: number }[];
    byNationality: TNationalityRow[];
    /** By months of imprisonment (lib/domain/sentence-bands.ts), every band, in order. */
    bySentence: { band: string; count: number }[];
    /** Of the convictions, those whose prison term is suspended. */
    suspended: number;
  };
  victims: TChange & {
    byAgeBand: { band: string; count: number }[];
    bySex: { sex: string; count: number }[];
    byExploitation: { exploitation: string; count: number }[];
    /** Ranked, most first; `province` is the ISO 3166-2 code (KH-12), null = unspecified. */
    byProvince: { province: string | null; count: number }[];
    topProvince: { province: string; count: number } | null;
    /** ISO 3166-1 alpha-2, null = not recorded; Cambodia first, then most first. */
    byNationality: { country: string | null; count: number }[];
    /** Every band × every sex, bands in order, sexes in order. */
    byAgeBandAndSex: { band: string; sex: string; count: number }[];
  };
  foreignSuspects: {
    total: number;
    /** Distinct known nationalities; "nationality unspecified" is not one. */
    nationalities: number;
    /** ISO 3166-1 alpha-2, null = foreign but nationality unspecified; most first. */
    byNationality: { country: string | null; count: number }[];
  };
  rescuedAbroad: TChange & {
    /** ISO 3166-1 alpha-2, null = country unspecified; most first. */
    byCountry: { country: string | null; count: number }[];
    bySex: { sex: string; count: number }[];
  };
  /** Referrals to services and reintegration (decision 0035). Absent from documents made before
   * referrals existed: such a snapshot states nothing of them. */
  services?: TServicesSection;
  checks: TCheck[];
};

/** Referrals in the period: referred (by the referral date) and provided (by the date provided),
 * by service; and the victims visited in the period by their latest visit's reintegration. */
export type TServicesSection = {
  referred: number;
  provided: number;
  /** Every service type, in order. */
  byType: { service: string; referred: number; provided: number }[];
  visitedVictims: number;
  /** Every reintegration status, in order. */
  reintegration: { status: string; count: number }[];
};
