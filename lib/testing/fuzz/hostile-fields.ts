import fc from "fast-check";
import {
  badDate,
  badTime,
  badUuid,
  controlText,
  describeValue,
  formulaText,
  khmerText,
  oversizedText,
  unknownEnum,
  wrongType,
} from "./hostile-values";

// What a hostile value does to one field, and whether the field must refuse it. Values that a
// field may rightly accept (Khmer names, a formula in a summary) are "either": accepted, they must
// write exactly one record's worth; refused, they must say why. Nothing may ever be a 500.

export type Mutation = {
  category: string;
  /** The fields changed, with their hostile values. */
  patch: Record<string, unknown>;
  /** Refusal is required (and, when the code is "invalid", a field error naming a patched field). */
  mustRefuse: boolean;
  /** For values known only once the database is there (another province's record and its
   * current version): builds the patch when the input is built. */
  build?: (fixtures: never) => Promise<Record<string, unknown>>;
};

export type FieldKind =
  | { kind: "text"; max: number; required: boolean }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "date" }
  | { kind: "time" }
  | { kind: "age" }
  | { kind: "province"; required: boolean }
  | { kind: "uuid" }
  | { kind: "version" }
  | { kind: "country" }
  | { kind: "list"; values: readonly string[] }
  | { kind: "provinceList" }
  | { kind: "checkbox" }
  | { kind: "email" }
  | { kind: "password" }
  | { kind: "year" };

type Case = { category: string; value: fc.Arbitrary<unknown>; mustRefuse: boolean };

const refuse = (category: string, value: fc.Arbitrary<unknown>): Case => ({
  category,
  value,
  mustRefuse: true,
});
const either = (category: string, value: fc.Arbitrary<unknown>): Case => ({
  category,
  value,
  mustRefuse: false,
});

// A field that trims would rightly read whitespace-only control text as blank.
const visibleControlText = controlText.filter((s) => s.trim() !== "");

const badNumber = fc.constantFrom("abc", "1.5", "NaN", "Infinity", "12abc", "១២", "9".repeat(400));

function casesFor(f: FieldKind): Case[] {
  switch (f.kind) {
    case "text":
      return [
        refuse("wrongType", wrongType),
        refuse("oversized", oversizedText(f.max)),
        either("control", controlText),
        either("formula", formulaText),
        either("khmer", khmerText),
      ];
    case "enum":
      return [refuse("wrongType", wrongType), refuse("unknownEnum", unknownEnum(f.values))];
    case "date":
      return [
        refuse("wrongType", wrongType),
        refuse("badDate", badDate),
        refuse("control", visibleControlText),
        refuse("formula", formulaText),
        refuse("khmer", khmerText),
      ];
    case "time":
      return [
        refuse("wrongType", wrongType),
        refuse("badTime", badTime),
        refuse("control", visibleControlText),
      ];
    case "age":
      // Coercion makes true, [] and 7 plain ages: odd, but not hostile.
      return [
        either("wrongType", wrongType),
        refuse("badNumber", fc.oneof(badNumber, fc.constantFrom("-1", "121", "1e3"))),
      ];
    case "province":
      return [
        (f.required ? refuse : either)("wrongType", wrongType),
        refuse("badProvince", fc.oneof(badNumber, fc.constantFrom("0", "26", "-1", "Kandal"))),
      ];
    case "uuid":
      // A well-formed id of no record is refused too, as not found.
      return [
        refuse("wrongType", wrongType),
        refuse("badUuid", badUuid),
        refuse("unknownId", fc.uuid()),
      ];
    case "version":
      return [
        either("wrongType", wrongType),
        refuse("badVersion", fc.oneof(badNumber, fc.constantFrom("0", "-1", "2147483648"))),
        refuse("staleVersion", fc.integer({ min: 50, max: 2_147_483_647 }).map(String)),
      ];
    case "country":
      return [
        refuse("wrongType", wrongType),
        refuse("unknownCountry", fc.constantFrom("XX", "ZZ", "KHM", "K H", "KH\u0000", "១")),
        refuse("control", controlText),
      ];
    case "list":
      return [
        refuse("wrongType", fc.oneof(fc.integer(), fc.boolean(), fc.constant({ a: 1 }))),
        refuse("unknownEnum", fc.array(unknownEnum(f.values), { minLength: 1, maxLength: 3 })),
      ];
    case "provinceList":
      return [
        refuse(
          "badProvince",
          fc.array(fc.oneof(badNumber, fc.constantFrom("0", "26")), { minLength: 1, maxLength: 3 }),
        ),
        refuse("wrongType", fc.constantFrom({ a: 1 }, [{}], "1,2", [true, "x"])),
      ];
    case "checkbox":
      return [either("wrongType", wrongType), either("control", controlText)];
    case "email":
      return [
        refuse("wrongType", wrongType),
        refuse(
          "oversized",
          oversizedText(320).map((s) => `${s}@x.test`),
        ),
        refuse(
          "control",
          controlText.map((s) => `a${s}b@x.test`),
        ),
        either(
          "khmer",
          khmerText.map((s) => `${s}@x.test`),
        ),
        either(
          "formula",
          formulaText.map((s) => `${s}@x.test`),
        ),
      ];
    case "password":
      return [
        refuse("wrongType", wrongType),
        either("control", controlText),
        either("oversized", oversizedText(256)),
        either("khmer", khmerText),
      ];
    case "year":
      return [
        refuse("wrongType", wrongType),
        refuse(
          "badYear",
          fc.constantFrom("17", "20170", "abcd", "២០១៧", "２０１７", "9999", " 2017"),
        ),
        either("oddYear", fc.constantFrom("0000", "0001", "1000")),
      ];
  }
}

/**
 * An event dated today at a time still to come in Phnom Penh: each part valid, the instant in
 * the future. Late in the day, when no such time is left, tomorrow's date stands in for it.
 */
export function futureMoment(dateField: string, timeField: string): fc.Arbitrary<Mutation> {
  return fc.integer({ min: 1, max: 600 }).map((minutesAhead) => {
    const now = Date.now();
    const inPhnomPenh = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString();
    const today = inPhnomPenh(now).slice(0, 10);
    const later = inPhnomPenh(now + (minutesAhead + 2) * 60_000);
    const patch =
      later.slice(0, 10) === today
        ? { [dateField]: today, [timeField]: later.slice(11, 16) }
        : { [dateField]: inPhnomPenh(now + 86_400_000).slice(0, 10), [timeField]: "00:01" };
    return mutation("futureTime", patch, true);
  });
}

/** One hostile mutation of `field`, for a field of this kind. */
export function hostileField(field: string, f: FieldKind): fc.Arbitrary<Mutation> {
  return fc.oneof(
    ...casesFor(f).map((c) =>
      c.value.map((value) => mutation(c.category, { [field]: value }, c.mustRefuse)),
    ),
  );
}

export function mutation(
  category: string,
  patch: Record<string, unknown>,
  mustRefuse: boolean,
  build?: Mutation["build"],
) {
  const shown = Object.entries(patch).map(([k, v]) => `${k}: ${describeValue(v)}`);
  return {
    category,
    patch,
    mustRefuse,
    build,
    // fast-check prints this in place of the value, so a megabyte string reads as its start.
    [fc.toStringMethod]: () => `${mustRefuse ? "refuse" : "either"} ${category} { ${shown} }`,
  } satisfies Mutation & { [fc.toStringMethod]: () => string };
}
