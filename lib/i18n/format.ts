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

// Day-first dates, as Cambodian government documents write them (en-US would put the month first),
// and the 24-hour clock in both languages: Khmer's default is 12-hour ("7:10 PM"), English (GB)'s
// is 24-hour, and one page must not show both conventions. Every instant a page, an export or a
// PDF shows goes through formatEventDate or formatDateTime, always read in Phnom Penh.
const dateLocale = (locale: Locale) => (locale === "en" ? "en-GB" : locale);

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(map: Map<Locale, Intl.DateTimeFormat>, locale: Locale, withTime: boolean) {
  let format = map.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(locale), {
      timeZone: REPORT_TIME_ZONE,
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    } as const);
    map.set(locale, format);
  }
  return format;
}

/** A date as it was in Phnom Penh, e.g. 14 Mar 2017. */
export function formatEventDate(date: Date | null, locale: Locale): string | null {
  if (!date) return null;
  return cached(dateFormats, locale, false).format(date);
}

/** A calendar day as a form holds it (YYYY-MM-DD), as pages show it: "2017-12-31" → 31 Dec 2017.
 * Null for anything that is not a real day. */
export function formatCalendarDate(value: string, locale: Locale): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const instant = new Date(`${value}T00:00:00+07:00`);
  if (Number.isNaN(instant.getTime())) return null;
  // Date accepts 2017-02-30 and rolls it into March: only a day that reads back as itself is real.
  const back = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return back === value ? formatEventDate(instant, locale) : null;
}

/** The ONE way to show an instant with its time: Phnom Penh, 24-hour, e.g. 31 Dec 2017, 19:10. */
export function formatDateTime(date: Date, locale: Locale): string {
  return cached(dateTimeFormats, locale, true).format(date);
}
