import isoCountries from "i18n-iso-countries";
import { compareNames } from "./collate";

// ISO 3166-1 alpha-2 codes from a maintained list; names come from ICU in the UI language.
export const COUNTRY_CODES: readonly string[] = Object.keys(isoCountries.getAlpha2Codes()).sort();

export function isCountryCode(code: string): boolean {
  return isoCountries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

/** Every country as a select option, sorted by its name in `locale`. */
export function countryOptions(locale: string, exclude: readonly string[] = []) {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return COUNTRY_CODES.filter((c) => !exclude.includes(c))
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => compareNames(locale)(a.label, b.label));
}

/** Cambodia first, then every other country by name: the picker's usual order here. */
export function countryOptionsCambodiaFirst(locale: string) {
  const cambodia = new Intl.DisplayNames([locale], { type: "region" }).of("KH") ?? "KH";
  return [{ value: "KH", label: cambodia }, ...countryOptions(locale, ["KH"])];
}
