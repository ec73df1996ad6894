// Age band sets, as data: the SQL that filters and counts victims by band is generated from these
// tables, so a list's filter and a report's breakdown cannot disagree on a boundary.
// `from` is inclusive and `to` exclusive, in whole years of age at the rescue date. Band names are
// unique across sets, so one URL filter (`ageBand=9to17`) names a band of any set.

export type AgeBandDefinition = { band: string; from: number; to: number | null };

/** NCCT's bands, the annual report's default. */
export const NCCT_AGE_BANDS = [
  { band: "under15", from: 0, to: 15 },
  { band: "15to17", from: 15, to: 18 },
  { band: "18plus", from: 18, to: null },
] as const satisfies readonly AgeBandDefinition[];

/** The bands of CTDC / HTCDS, the IOM-led global data standard. */
export const CTDC_AGE_BANDS = [
  { band: "0to8", from: 0, to: 9 },
  { band: "9to17", from: 9, to: 18 },
  { band: "18to20", from: 18, to: 21 },
  { band: "21to23", from: 21, to: 24 },
  { band: "24to26", from: 24, to: 27 },
  { band: "27to29", from: 27, to: 30 },
  { band: "30to38", from: 30, to: 39 },
  { band: "39to47", from: 39, to: 48 },
  { band: "48plus", from: 48, to: null },
] as const satisfies readonly AgeBandDefinition[];

/** UNODC's (GLOTIP's) two groups: a child is under 18 at rescue, as in the Trafficking Protocol. */
export const UNODC_AGE_BANDS = [
  { band: "child", from: 0, to: 18 },
  { band: "adult", from: 18, to: null },
] as const satisfies readonly AgeBandDefinition[];

export const AGE_BAND_SETS = {
  ncct: NCCT_AGE_BANDS,
  ctdc: CTDC_AGE_BANDS,
  unodc: UNODC_AGE_BANDS,
} as const;
export type TAgeBandSet = keyof typeof AGE_BAND_SETS;
export const AGE_BAND_SET_NAMES = Object.keys(AGE_BAND_SETS) as TAgeBandSet[];

/** Victims whose age cannot be read: no date of birth nor age, or a birth after the rescue. */
export const UNKNOWN_AGE_BAND = "unknown";

/** Every value of the age-band filter: NCCT's bands and "unknown" (a test keeps them in step), then
 * CTDC's and UNODC's. The list's filter menu offers the first four; report drill-downs use the rest too. */
export const AGE_BANDS = [
  "under15",
  "15to17",
  "18plus",
  UNKNOWN_AGE_BAND,
  ...CTDC_AGE_BANDS.map((b) => b.band),
  ...UNODC_AGE_BANDS.map((b) => b.band),
] as const;
export type TAgeBand = (typeof AGE_BANDS)[number];

/** The bands of one set, then "unknown", in report order. */
export function bandsOf(set: TAgeBandSet): string[] {
  return [...AGE_BAND_SETS[set].map((b) => b.band), UNKNOWN_AGE_BAND];
}

export function bandDefinition(band: string): AgeBandDefinition | undefined {
  return [...NCCT_AGE_BANDS, ...CTDC_AGE_BANDS, ...UNODC_AGE_BANDS].find((b) => b.band === band);
}

/**
 * The figures the bands' labels and the sets' names write ("under 15", "15–17", "18 and over"):
 * each band's first year, its last (`to` − 1) and its bound `to`. The labels take them as
 * placeholders (`{n15}`, lib/i18n/numerals.ts figureValues), so they follow the reader's digits.
 */
export const AGE_BAND_FIGURES: readonly number[] = [
  ...new Set(
    [...NCCT_AGE_BANDS, ...CTDC_AGE_BANDS, ...UNODC_AGE_BANDS].flatMap((b: AgeBandDefinition) =>
      b.to === null ? [b.from] : [b.from, b.to - 1, b.to],
    ),
  ),
].sort((a, b) => a - b);
