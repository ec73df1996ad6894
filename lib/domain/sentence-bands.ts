// The bands a conviction's prison sentence is counted in (convictions.bySentence), by months of
// imprisonment: "none" is a conviction with no prison term (a fine only), "unknown" one whose
// term is not recorded. Lower bounds inclusive, upper exclusive: 60 months is "5to10y".

export const SENTENCE_BANDS = [
  "none",
  "under1y",
  "1to5y",
  "5to10y",
  "10to20y",
  "20yPlus",
  "unknown",
] as const;
export type TSentenceBand = (typeof SENTENCE_BANDS)[number];

/** [from, to) in months for each band with a term; "none" is exactly 0, "unknown" is null. */
export const SENTENCE_BAND_MONTHS: Record<
  Exclude<TSentenceBand, "none" | "unknown">,
  [number, number]
> = {
  under1y: [1, 12],
  "1to5y": [12, 60],
  "5to10y": [60, 120],
  "10to20y": [120, 240],
  "20yPlus": [240, Number.POSITIVE_INFINITY],
};

/** The figures the bands' labels name ("{n1} to under {n5} years"). */
export const SENTENCE_BAND_FIGURES = [1, 5, 10, 20] as const;

export function sentenceBandOf(months: number | null): TSentenceBand {
  if (months === null) return "unknown";
  if (months === 0) return "none";
  for (const [band, [from, to]] of Object.entries(SENTENCE_BAND_MONTHS)) {
    if (months >= from && months < to) return band as TSentenceBand;
  }
  return "unknown";
}
