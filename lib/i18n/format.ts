import { REPORT_TIME_ZONE } from "@/lib/domain/time";
import type { Locale } from "./locales";

// Country names come from ICU (Intl.DisplayNames), a maintained source, in the UI language.
// One formatter per language: lists name a country on every row.
const regionNames = new Map<Locale, Intl.DisplayNames>();

export function countryName(code: string | null | undefined, locale: Locale): string | null {
  if (!code) return null;
  let names = regionNames.get(locale);
  if (!names)
    regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names.of(code) ?? code;
}

export function provinceName(p: { nameEn: string; nameKm: string } | null, locale: Locale) {
  if (!p) return null;
  return locale === "km" ? p.nameKm : p.nameEn;
}

// Day-first dates, as Cambodian government documents write them (en-US would put the month first).
const dateLocale = (locale: Locale) => (locale === "en" ? "en-GB" : locale);

/** A date as it was in Phnom Penh, e.g. 14 Mar 2017. */
export function formatEventDate(date: Date | null, locale: Locale): string | null {
  if (!date) return null;
  return new Intl.DateTimeFormat(dateLocale(locale), {
    timeZone: REPORT_TIME_ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(date);
}

/** A calendar date stored without a time (a @db.Date, read as UTC midnight), e.g. 7 Jul 1994. */
export function formatCalendarDate(date: Date | null, locale: Locale): string | null {
  if (!date) return null;
  return new Intl.DateTimeFormat(dateLocale(locale), {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocale(locale), {
    timeZone: REPORT_TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
    // 24-hour in every language: ICU's Khmer default is "7:18 PM".
    hourCycle: "h23",
  }).format(date);
}
