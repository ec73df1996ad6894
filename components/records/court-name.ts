import { courtKindOf } from "@/lib/domain/charges";
import { PROVINCES } from "@/lib/domain/provinces";
import { provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type CourtMessages = (
  key: "municipalCourt" | "provincialCourt",
  values?: { province: string },
) => string;

/** A province's court of first instance by name ("Kandal Provincial Court"), or null. Not a
 * client module: the case page (server) and the suspect form (client) both name courts. */
export function courtName(provinceId: number | null, locale: Locale, t: CourtMessages) {
  const province = PROVINCES.find((p) => p.id === provinceId);
  if (!province) return null;
  return courtKindOf(province.id) === "municipal"
    ? t("municipalCourt")
    : t("provincialCourt", { province: provinceName(province, locale) ?? "" });
}

/** Every court, for the suspect form's select, in the provinces' order. */
export function courtOptions(locale: Locale, t: CourtMessages) {
  return PROVINCES.map((p) => ({ value: String(p.id), label: courtName(p.id, locale, t) ?? "" }));
}
