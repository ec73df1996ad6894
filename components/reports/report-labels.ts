import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getUiNumerals } from "@/lib/auth/current-user";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { ageBandValues, countryName, formatDateTime, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { formatChange, formatNumber, formatYear } from "@/lib/i18n/numerals";

// The report's keys (ISO codes, enum values, band names) as words in the UI language, and its
// numbers in the reader's digits (decision 0028). The unspecified rows get their own words, never
// a blank. Numbers go into messages already written (a plain {count} is not formatted by ICU).

export async function getReportLabels() {
  const [locale, t, tEnums, tBands, numerals] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations("report"),
    getTranslations("enums"),
    getTranslations("filters.ageBands"),
    getUiNumerals(),
  ]);
  return {
    locale,
    numerals,
    t,
    number: (n: number) => formatNumber(n, numerals),
    year: (y: number | string) => formatYear(y, numerals),
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
