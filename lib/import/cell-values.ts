import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { PROVINCES } from "@/lib/domain/provinces";

// Turns what a person types in a spreadsheet into what the form would submit: an enum code from
// its code or its label, a province id from its name, number or code. Anything unrecognised is
// passed through unchanged, so the zod schema refuses it with its own message ("choose",
// "province"), exactly as it would refuse the same value from the form.

type Labels = Record<string, Record<string, string>>;

/** Case, accents and spacing do not matter: "kratie", "Kratié " and "KRATIÉ" are one province. */
export function normaliseKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .trim()
    .replace(/[\s_-]+/g, " ")
    .toLowerCase();
}

// The place of rescue is a radio button, not a schema enum, so its labels live under `people`.
const RESCUE_PLACE_LABELS = {
  en: { CAMBODIA: en.people.inCambodia, ABROAD: en.people.abroad },
  km: { CAMBODIA: km.people.inCambodia, ABROAD: km.people.abroad },
};

function labelsOf(enumName: string): Record<string, string>[] {
  if (enumName === "RescuePlace") return [RESCUE_PLACE_LABELS.en, RESCUE_PLACE_LABELS.km];
  return [(en.enums as Labels)[enumName] ?? {}, (km.enums as Labels)[enumName] ?? {}];
}

const enumLookups = new Map<string, Map<string, string>>();

function lookupFor(enumName: string, values: readonly string[]): Map<string, string> {
  const cached = enumLookups.get(enumName);
  if (cached) return cached;
  const lookup = new Map<string, string>();
  for (const labels of labelsOf(enumName)) {
    for (const [code, label] of Object.entries(labels)) lookup.set(normaliseKey(label), code);
  }
  // Codes last: a code always means itself, whatever a label says.
  for (const code of values) lookup.set(normaliseKey(code), code);
  enumLookups.set(enumName, lookup);
  return lookup;
}

// Cells of one column repeat a few values 100,000 times, and normaliseKey (Unicode
// normalisation twice, three regular expressions) is the costly part: remember each raw value's
// answer. Bounded, so a column of free text cannot grow it without limit.
const MEMO_LIMIT = 10_000;
const memos = new Map<string, Map<string, string>>();

function memoised(name: string, raw: string, compute: (raw: string) => string): string {
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new Map()));
  let value = memo.get(raw);
  if (value === undefined) {
    value = compute(raw);
    if (memo.size < MEMO_LIMIT) memo.set(raw, value);
  }
  return value;
}

export function parseEnumCell(raw: string, enumName: string, values: readonly string[]): string {
  return memoised(enumName, raw, () => {
    if (raw.trim() === "") return "";
    return lookupFor(enumName, values).get(normaliseKey(raw)) ?? raw;
  });
}

/** A list in one cell, separated by ; , or |, each item an enum code or label. */
export function parseListCell(raw: string, enumName: string, values: readonly string[]): string[] {
  return raw
    .split(/[;,|]/)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => parseEnumCell(item, enumName, values));
}

const provinceLookup = new Map<string, number>();
for (const p of PROVINCES) {
  for (const key of [p.nameEn, p.nameKm, p.code, `KH-${p.id}`, String(p.id)]) {
    provinceLookup.set(normaliseKey(key), p.id);
  }
}

/** A province by English or Khmer name, ISO 3166-2 number ("12") or code ("KH-12"), or short code. */
export function parseProvinceCell(raw: string): string {
  return memoised(":province", raw, () => {
    if (raw.trim() === "") return "";
    const id = provinceLookup.get(normaliseKey(raw));
    return id === undefined ? raw : String(id);
  });
}

/** Nationality and country cells: ISO codes in any case; "FOREIGN" and "UNKNOWN" kept as codes. */
export function parseCountryCell(raw: string): string {
  return raw.trim().toUpperCase();
}
