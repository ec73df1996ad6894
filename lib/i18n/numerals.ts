import type { Locale } from "./locales";

// Figures on Khmer pages are written in Khmer digits (០–៩), as CLDR's Khmer numbering system
// ("km-u-nu-khmr") writes them: 1,234.5 is ១.២៣៤,៥. Some offices prefer Latin digits; each user
// may choose them (User.digits), and English pages always use Latin digits (decision 0028).
//
// Full ICU (Node) formats khmr; browsers ship trimmed ICU data, and Chromium has no Khmer locale
// at all ("km-u-nu-khmr" resolves to en-US with Latin digits). So the digits and separators are
// this module's table over the Latin formatter every runtime has, and a unit test holds the
// table to Node's full ICU: the server-rendered page and a client component write alike.

/** The digits a page writes numbers with. */
export type Numerals = "khmr" | "latn";
/** A user's stored choice (the Prisma enum Digits). */
export type DigitsPreference = "KHMER" | "LATIN";

/** The digits of a page in `locale` for a user who chose `preference` (Khmer unless LATIN). */
export function numeralsFor(locale: Locale, preference?: DigitsPreference | null): Numerals {
  return locale === "km" && preference !== "LATIN" ? "khmr" : "latn";
}

const KHMER_DIGITS = ["០", "១", "២", "៣", "៤", "៥", "៦", "៧", "៨", "៩"] as const;

/** Every Latin digit of `text` as `numerals` writes it; nothing else changes. */
export function withNumerals(text: string, numerals: Numerals): string {
  if (numerals === "latn") return text;
  return text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)]!);
}

// khmr's separators in CLDR's Khmer data: "." groups thousands, "," marks the decimal.
const KHMR_SYMBOL: Partial<Record<Intl.NumberFormatPartTypes, string>> = {
  group: ".",
  decimal: ",",
};

const latinFormats = new Map<string, Intl.NumberFormat>();
function latinFormat(options: Intl.NumberFormatOptions) {
  const key = JSON.stringify(options);
  let format = latinFormats.get(key);
  if (!format) latinFormats.set(key, (format = new Intl.NumberFormat("en-US", options)));
  return format;
}

/** A number as a page shows it: 1,234 in Latin digits, ១.២៣៤ in Khmer. */
export function formatNumber(
  value: number,
  numerals: Numerals,
  options: Intl.NumberFormatOptions = {},
): string {
  const parts = latinFormat(options).formatToParts(value);
  if (numerals === "latn") return parts.map((p) => p.value).join("");
  return parts.map((p) => KHMR_SYMBOL[p.type] ?? withNumerals(p.value, numerals)).join("");
}

/** A year, never grouped: 2017, ២០១៧. */
export function formatYear(year: number | string, numerals: Numerals): string {
  return withNumerals(String(year), numerals);
}

/**
 * A percentage change as the report document writes it ("+12.50%", "−3.00%": locale-neutral,
 * published and hashed), in the page's digits and decimal mark.
 */
export function formatChange(change: string, numerals: Numerals): string {
  if (numerals === "latn") return change;
  return change.replace(/\d+(?:\.(\d+))?/g, (number, fraction?: string) => {
    const digits = fraction?.length ?? 0;
    return formatNumber(Number(number), numerals, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  });
}

/**
 * The difference between two figures, signed unless zero, in the reader's digits: +12, −3 and 0
 * (+១២, −៣, ០); the minus is U+2212, as the report document writes it.
 */
export function formatDifference(difference: number, numerals: Numerals): string {
  const size = formatNumber(Math.abs(difference), numerals);
  return difference > 0 ? `+${size}` : difference < 0 ? `−${size}` : size;
}

/**
 * A message's figures as placeholders: `{n15}` is the figure 15 in the reader's digits, so a
 * label such as "ក្រោម {n15} ឆ្នាំ" follows the digits switch while the catalogue still says which
 * figure goes where. Values for figures a message does not use are harmless, so one object serves
 * every label of a family (the age bands).
 */
export function figureValues(
  figures: Iterable<number>,
  numerals: Numerals,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const figure of figures) values[`n${figure}`] = formatNumber(figure, numerals);
  return values;
}

/**
 * A message's values as it shows them: every number written in the reader's digits (ICU writes a
 * plain `{maximum}` as `String(value)`, always Latin), and, when they hold one number (a field
 * error's bound), that number as `count` for a plural to choose its form by: "Use at most
 * {count, plural, one {{maximum} character} other {{maximum} characters}}".
 */
export function countedValues(
  values: Record<string, string | number>,
  numerals: Numerals,
): Record<string, string | number> {
  const numbers = Object.entries(values).filter(
    (entry): entry is [string, number] => typeof entry[1] === "number",
  );
  const out: Record<string, string | number> = { ...values };
  for (const [key, value] of numbers) out[key] = formatNumber(value, numerals);
  if (numbers.length === 1) out.count = numbers[0]![1];
  return out;
}
