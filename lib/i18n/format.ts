import { AGE_BAND_FIGURES } from "@/lib/domain/age-bands";
import { REPORT_TIME_ZONE } from "@/lib/domain/time";
import type { Locale } from "./locales";
import { figureValues, numeralsFor, withNumerals, type Numerals } from "./numerals";

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

// Day-first dates, as Cambodian government documents write them ("31 Dec 2017"), and the 24-hour
// clock in both languages ("19:10": Khmer's ICU default is "7:10 PM", and one page must not show
// both conventions). Every instant a page, an export or a PDF shows goes through formatEventDate
// or formatDateTime, read in Phnom Penh. The words are this table's, not the runtime's locale
// data: browsers ship trimmed ICU data (Chromium has no Khmer month names), and a date input's
// hint, formatted in the browser, must read exactly as the server-rendered page does. The digits
// are Khmer in Khmer (numerals.ts), unless the reader chose Latin digits. A unit test holds the
// table to full ICU's "en-GB", "km-u-nu-khmr" and "km" output.
const MONTHS: Record<Locale, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
  km: [
    ...["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា"],
    ...["កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
  ],
};

// Numeric parts only, which every runtime formats alike.
const phnomPenhParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: REPORT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partsInPhnomPenh(date: Date) {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    phnomPenhParts.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return {
    year: part("year"),
    month: Number(part("month")),
    day: Number(part("day")),
    time: `${part("hour")}:${part("minute")}`,
  };
}

const dayMonthYear = (
  p: { year: string; month: number; day: number },
  locale: Locale,
  numerals: Numerals,
) => withNumerals(`${p.day} ${MONTHS[locale][p.month - 1]} ${p.year}`, numerals);

/** A date as it was in Phnom Penh, e.g. 14 Mar 2017, ១៤ មីនា ២០១៧. `numerals`: the reader's
 * digits (numeralsFor); by default Khmer in Khmer. */
export function formatEventDate(
  date: Date | null,
  locale: Locale,
  numerals: Numerals = numeralsFor(locale),
): string | null {
  if (!date) return null;
  return dayMonthYear(partsInPhnomPenh(date), locale, numerals);
}

/** A calendar day as pages show it: "2017-12-31" → 31 Dec 2017. Takes a form's YYYY-MM-DD or a
 * stored @db.Date (UTC midnight, e.g. a date of birth). Null for anything that is not a real day. */
export function formatCalendarDate(
  date: string | Date | null,
  locale: Locale,
  numerals: Numerals = numeralsFor(locale),
): string | null {
  if (date === null) return null;
  const value = typeof date === "string" ? date : date.toISOString().slice(0, 10);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  // Date accepts 2017-02-30 and rolls it into March: only a day that reads back as itself is real.
  const t = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) return null;
  return dayMonthYear({ year, month: Number(month), day: Number(day) }, locale, numerals);
}

/** The ONE way to show an instant with its time: Phnom Penh, 24-hour, e.g. 31 Dec 2017, 19:10. */
export function formatDateTime(
  date: Date,
  locale: Locale,
  numerals: Numerals = numeralsFor(locale),
): string {
  const parts = partsInPhnomPenh(date);
  return `${dayMonthYear(parts, locale, numerals)}, ${withNumerals(parts.time, numerals)}`;
}

const bandValues = new Map<Numerals, Record<string, string>>();

/**
 * The values every age band label and band set name takes (`filters.ageBands.*`,
 * `report.bandSets.*`, `reportExport.rules.bandSets.*`): their figures in the reader's digits.
 */
export function ageBandValues(numerals: Numerals): Record<string, string> {
  let values = bandValues.get(numerals);
  if (!values) bandValues.set(numerals, (values = figureValues(AGE_BAND_FIGURES, numerals)));
  return values;
}
