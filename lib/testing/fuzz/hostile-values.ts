import fc from "fast-check";
import { clip } from "./run-fuzz";

// The building blocks of the suite's hostile inputs, by category. Each is a plain value; the
// field generators (./hostile-fields.ts) decide which of them a field must refuse.

/** Every character a text field could choke on: C0 and C1 controls (NUL first), DEL, the line
 * and paragraph separators, bidi overrides, a BOM, zero-width characters and a lone surrogate. */
export const CONTROL_CHARS = [
  "\u0000",
  ...Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)),
  "\u007f",
  "\u0085",
  "\u009b",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u200b",
  "\ud800",
] as const;

const plain = fc.string({ unit: "grapheme-ascii", maxLength: 12 });

// NUL is the one PostgreSQL refuses outright in text, so it comes up in half the values.
const controlChar = fc.oneof(fc.constant("\u0000"), fc.constantFrom(...CONTROL_CHARS));

/** Text with at least one control character somewhere in it. */
export const controlText = fc
  .tuple(plain, fc.array(controlChar, { minLength: 1, maxLength: 4 }), plain)
  .map(([a, controls, b]) => `${a}${controls.join("")}${b}`);

/** A string longer than `max`: just over, or up to a megabyte. Never whitespace, which a trim
 * would empty. */
export const oversizedText = (max: number) =>
  fc
    .tuple(
      fc.constantFrom(max + 1, max + 7, 10_000, 100_000, 1_000_000),
      fc.constantFrom("x", "ក", "\u17d2", "0", "=", "€"),
    )
    .filter(([length]) => length > max)
    .map(([length, unit]) => unit.repeat(length));

/** What a spreadsheet would run: = + - @ tab and CR, alone or after spaces. */
export const formulaText = fc
  .tuple(
    fc.constantFrom("", " ", "   ", "\u00a0"),
    fc.constantFrom("=", "+", "-", "@", "\t", "\r", "＝"),
    fc.constantFrom("1+1", 'HYPERLINK("http://x.test","y")', "cmd|' /C calc'!A0", "SUM(A1:A9)"),
  )
  .map(([pad, prefix, body]) => `${pad}${prefix}${body}`);

const KHMER_BASE = Array.from({ length: 0x17a3 - 0x1780 }, (_, i) =>
  String.fromCharCode(0x1780 + i),
);
const KHMER_MARKS = Array.from({ length: 0x17d4 - 0x17b6 }, (_, i) =>
  String.fromCharCode(0x17b6 + i),
);

/** Khmer with stacked combining marks and coeng (U+17D2) chains, sometimes with no base. */
export const khmerText = fc
  .array(
    fc.tuple(
      fc.option(fc.constantFrom(...KHMER_BASE), { nil: "" }),
      fc.array(fc.constantFrom(...KHMER_MARKS, "\u17d2"), { minLength: 1, maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((clusters) => clusters.map(([base, marks]) => base + marks.join("")).join(""));

/** Values of the wrong type: whatever React's action protocol or a hand-made request can carry. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 2 ** 53 + 1),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }),
  fc.constant([]),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant(new Blob(["<script>"], { type: "text/html" })),
  fc.constant(new File(["x"], "evil.csv", { type: "text/csv" })),
  fc.constant(new Date("2017-06-15T00:00:00Z")),
  fc.constant(10n),
);

/** Dates the forms must refuse: other formats, impossible days, and days not yet come. */
export const badDate = fc.oneof(
  fc.constantFrom(
    "31/12/2023",
    "12/31/2023",
    "2017-02-30",
    "2017-02-29",
    "2017-13-01",
    "2017-00-10",
    "0000-00-00",
    "2017-6-5",
    "2017-06-15T00:00:00Z",
    "20170615",
    "២០១៧-០៦-១៥",
    "２０１７-０６-１５",
    "2017-06-15\u0000",
    "1e3",
    "yesterday",
  ),
  fc.integer({ min: 2101, max: 9999 }).map((y) => `${y}-12-31`),
  fc.constant("9999-12-31"),
);

export const badTime = fc.constantFrom(
  "24:00",
  "23:60",
  "8:30",
  "08:30:00",
  "25:99",
  "-01:00",
  "０８:３០",
  "08h30",
  "8 PM",
  "08:30\u0000",
  "99999999:00",
);

export const unknownEnum = (values: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...values).map((v) => v.toLowerCase() + "x"),
    // The trailing dot keeps it unknown where NUL is lost (XML, so XLSX, cannot carry it).
    fc.constantFrom(...values).map((v) => ` ${v}\u0000.`),
    fc.constantFrom("constructor", "__proto__", "toString", "NULL", "undefined"),
    fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !values.includes(s)),
  );

export const badUuid = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => s.trim() !== ""),
  fc.uuid().map((u) => `${u} `),
  fc.uuid().map((u) => `${u}\u0000`),
  fc.uuid().map((u) => u.slice(0, 35)),
  fc.constantFrom("' OR 1=1 --", "00000000-0000-0000-0000-00000000000g", "null"),
);

/** Keys that reach for Object.prototype, added beside the real fields. */
export const pollutingKeys = fc.subarray(["__proto__", "constructor", "prototype"], {
  minLength: 1,
});

/** A short, readable account of a value, for fast-check's counterexample report. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return clip(JSON.stringify(value), 200);
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof File) return `File(${value.name})`;
  if (value instanceof Blob) return `Blob(${value.size})`;
  if (value instanceof Date) return `Date(${value.toISOString()})`;
  if (typeof value === "number") return String(value);
  return clip(JSON.stringify(value) ?? String(value), 200);
}
