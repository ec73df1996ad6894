import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { countryName, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

// The report's keys (ISO codes, enum values, band names) as words in the UI language. The
// unspecified rows get their own words, never a blank.

export async function getReportLabels() {
  const [locale, t, tEnums, tBands] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations("report"),
    getTranslations("enums"),
    getTranslations("filters.ageBands"),
  ]);
  return {
    locale,
    t,
    province: (iso: string | null) => {
      if (iso === null) return t("unspecifiedProvince");
      const p = PROVINCES.find((x) => x.id === provinceIdOfIso(iso));
      return provinceName(p ?? null, locale) ?? iso;
    },
    country: (code: string | null, unspecified: "nationality" | "country") =>
      code === null
        ? t(unspecified === "country" ? "unspecifiedCountry" : "unspecifiedNationality")
        : (countryName(code, locale) ?? code),
    band: (band: string) => tBands(band as "unknown"),
    sex: (sex: string) => tEnums(`Sex.${sex}` as "Sex.FEMALE"),
    exploitation: (type: string) => tEnums(`ExploitationType.${type}` as "ExploitationType.SEXUAL"),
    offence: (type: string) => tEnums(`OffenceType.${type}` as "OffenceType.OTHER"),
    change: (change: string) =>
      change === "new" ? t("changeNew") : change === "none" ? t("changeNone") : change,
  };
}
export type TReportLabels = Awaited<ReturnType<typeof getReportLabels>>;
