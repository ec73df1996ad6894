// NCCT's age bands, as data: the SQL that filters and counts victims by band is generated from this
// table, so the list's filter and a report's breakdown cannot disagree on a boundary.
// `from` is inclusive and `to` exclusive, in whole years of age at the rescue date.

export type AgeBandDefinition = { band: string; from: number; to: number | null };

export const NCCT_AGE_BANDS = [
  { band: "under15", from: 0, to: 15 },
  { band: "15to17", from: 15, to: 18 },
  { band: "18plus", from: 18, to: null },
] as const satisfies readonly AgeBandDefinition[];

/** Victims whose age cannot be read: no date of birth nor age, or a birth after the rescue. */
export const UNKNOWN_AGE_BAND = "unknown";

/** Every value of the age-band filter: the bands above, then "unknown" (a test keeps them in step). */
export const AGE_BANDS = ["under15", "15to17", "18plus", UNKNOWN_AGE_BAND] as const;
export type TAgeBand = (typeof AGE_BANDS)[number];
