import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { ageBandValues, countryName, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Numerals } from "@/lib/i18n/numerals";
import type { TFigureLabel } from "@/lib/reports/figures";

type T = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};

/** Translators the labels are made with: reportPublish, enums and filters (for age bands), and
 * the reader's digits (an age band's figures). */
export type FigureLabelText = { t: T; enums: T; filters: T; locale: Locale; numerals: Numerals };

function rowName(dimension: string | undefined, key: string, x: FigureLabelText): string {
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
  return key;
}

/** "Victims rescued in Cambodia, by age band: Under 15", in the reader's language. */
export function figureLabel(label: TFigureLabel, x: FigureLabelText): string {
  const known = (key: string, fallback: string) => (x.t.has(key) ? x.t(key) : fallback);
  const section = known(`sections.${label.section}`, label.section);
  const figure = known(`figures.${label.figure}`, label.figure);
  if (label.key === undefined) return x.t("figureLabel", { section, figure });
  const row = label.key === null ? x.t("unspecified") : rowName(label.dimension, label.key, x);
  return x.t("figureRowLabel", { section, figure, row });
}
