import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { ageBandValues, countryName, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { SENTENCE_BAND_FIGURES } from "@/lib/domain/sentence-bands";
import { figureValues, type Numerals } from "@/lib/i18n/numerals";
import type { TFigureLabel } from "@/lib/reports/figures";

type T = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

/** Translators the labels are made with: reportPublish, enums and filters (for age bands), and
 * the reader's digits (an age band's figures). */
export type FigureLabelText = { t: T; enums: T; filters: T; locale: Locale; numerals: Numerals };

function rowName(dimension: string | undefined, key: string, x: FigureLabelText): string {
  if (dimension === "sentence" && x.filters.has(`sentenceBands.${key}`)) {
    return x.filters(`sentenceBands.${key}`, figureValues(SENTENCE_BAND_FIGURES, x.numerals));
  }
  const enumOf: Record<string, string> = {
    offence: "OffenceType",
    sex: "Sex",
    exploitation: "ExploitationType",
  };
  const enumName = dimension ? enumOf[dimension] : undefined;
  if (enumName && x.enums.has(`${enumName}.${key}`)) return x.enums(`${enumName}.${key}`);
  if (dimension === "band" && x.filters.has(`ageBands.${key}`))
    return x.filters(`ageBands.${key}`, ageBandValues(x.numerals));
  if (dimension === "province") {
    const id = provinceIdOfIso(key);
    return provinceName(PROVINCES.find((p) => p.id === id) ?? null, x.locale) ?? key;
  }
  if (dimension === "country") return countryName(key, x.locale) ?? key;
  if (dimension === "group" && x.t.has(`nationalityGroups.${key}`)) {
    return x.t(`nationalityGroups.${key}`);
  }
  return key;
}

/** "Victims rescued in Cambodia, by age band: Under 15", in the reader's language. */
export function figureLabel(label: TFigureLabel, x: FigureLabelText): string {
  const known = (key: string, fallback: string) => (x.t.has(key) ? x.t(key) : fallback);
  const section = known(`sections.${label.section}`, label.section);
  const figure = known(`figures.${label.figure}`, label.figure);
  if (label.key === undefined) return x.t("figureLabel", { section, figure });
  // A row keyed by several columns (band and sex) names each: "15 to 17 · Female".
  const part = (dimension: string | undefined, key: string | null) =>
    key === null ? x.t("unspecified") : rowName(dimension, key, x);
  const row = [...(label.outer ?? []), { dimension: label.dimension, key: label.key }]
    // A sentence band is a "band" of its own kind: its labels are not the age bands'.
    .map((p) => part(label.figure === "bySentence" ? "sentence" : p.dimension, p.key))
    .join(" · ");
  return x.t("figureRowLabel", { section, figure, row });
}
