import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getUiNumerals } from "@/lib/auth/current-user";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { calendarYearOf, type TPeriod } from "@/lib/domain/period";
import { SENTENCE_BAND_FIGURES } from "@/lib/domain/sentence-bands";
import {
  ageBandValues,
  countryName,
  formatCalendarDate,
  formatDateTime,
  provinceName,
} from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { figureValues, formatChange, formatNumber, formatYear } from "@/lib/i18n/numerals";

// The report's keys (ISO codes, enum values, band names) as words in the UI language, and its
// numbers in the reader's digits (decision 0028). The unspecified rows get their own words, never
// a blank. Numbers go into messages already written (a plain {count} is not formatted by ICU).

export async function getReportLabels() {
  const [locale, t, tEnums, tBands, tFilters, numerals] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations("report"),
    getTranslations("enums"),
    getTranslations("filters.ageBands"),
    getTranslations("filters"),
    getUiNumerals(),
  ]);
  const year = (y: number | string) => formatYear(y, numerals);
  return {
    locale,
    numerals,
    t,
    number: (n: number) => formatNumber(n, numerals),
    year,
    /** A calendar year as its year (2017), any other period as its dates (1 Apr 2017 – 31 Mar 2018). */
    period: (p: TPeriod) => {
      const y = calendarYearOf(p);
      if (y !== null) return year(y);
      const day = (d: string) => formatCalendarDate(d, locale, numerals) ?? d;
      return t("periodRange", { from: day(p.from), to: day(p.to) });
    },
    sentence: (band: string) =>
      tFilters(
        `sentenceBands.${band}` as "sentenceBands.unknown",
        figureValues(SENTENCE_BAND_FIGURES, numerals),
      ),
    /** A suspect nationality row: Cambodian, a foreign country, foreign unrecorded, or unknown. */
    suspectNationality: (group: string, country: string | null) =>
      group === "unspecified"
        ? t("nationalityUnknown")
        : group === "foreign" && country === null
          ? t("foreignNationalityUnspecified")
          : (countryName(country, locale) ?? country ?? ""),
    dateTime: (d: Date) => formatDateTime(d, locale, numerals),
    province: (iso: string | null) => {
      if (iso === null) return t("unspecifiedProvince");
      const p = PROVINCES.find((x) => x.id === provinceIdOfIso(iso));
      return provinceName(p ?? null, locale) ?? iso;
    },
    country: (code: string | null, unspecified: "nationality" | "country") =>
      code === null
        ? t(unspecified === "country" ? "unspecifiedCountry" : "unspecifiedNationality")
        : (countryName(code, locale) ?? code),
    band: (band: string) => tBands(band as "unknown", ageBandValues(numerals)),
    /** An age band set's name, with its bands' figures: "NCCT (under 15, 15–17, 18+)". */
    bandSet: (set: string) => t(`bandSets.${set}` as "bandSets.ncct", ageBandValues(numerals)),
    sex: (sex: string) => tEnums(`Sex.${sex}` as "Sex.FEMALE"),
    exploitation: (type: string) => tEnums(`ExploitationType.${type}` as "ExploitationType.SEXUAL"),
    offence: (type: string) => tEnums(`OffenceType.${type}` as "OffenceType.OTHER"),
    change: (change: string) =>
      change === "new"
        ? t("changeNew")
        : change === "none"
          ? t("changeNone")
          : formatChange(change, numerals),
  };
}
export type TReportLabels = Awaited<ReturnType<typeof getReportLabels>>;
