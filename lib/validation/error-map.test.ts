import { describe, expect, it } from "vitest";
import { z } from "zod";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { ZChangePassword, ZSignIn } from "./auth";
import { ZCreateCase, ZRecordRef, ZUpdateCase } from "./case";
import { fieldErrorMessage, fieldErrorOf, validationErrorMap, type TFieldError } from "./error-map";
import { ZReportOptions, ZReportYear } from "./report";
import { ZReportExport } from "./report-export";
import { ZPublishReport } from "./report-publish";
import { ZCreateSuspect, ZUpdateSuspect } from "./suspect";
import { ZCreateUser, ZUpdateUserAccess, ZUserRef } from "./users";
import { ZCreateVictim, ZUpdateVictim } from "./victim";

// Every schema a user's input meets, fed hostile values field by field: each issue must come out
// of the error map as a key that both catalogues hold, in Khmer script in km.json, with the
// placeholders its values fill. So no zod English ("Invalid input: expected string…") can reach
// a form, whatever zod adds in a later version.

type Messages = { [key: string]: string | Messages };
const lookup = (messages: Messages, path: string): string | undefined => {
  const value = path
    .split(".")
    .reduce<unknown>((m, p) => (m as Messages | undefined)?.[p], messages);
  return typeof value === "string" ? value : undefined;
};

// Each schema with the namespaces its form looks in, first match wins (components/forms/field.tsx).
const VALIDATION = ["validation"];
const SCHEMAS: [string, z.ZodType, string[]][] = [
  ["ZCreateCase", ZCreateCase, VALIDATION],
  ["ZUpdateCase", ZUpdateCase, VALIDATION],
  ["ZRecordRef", ZRecordRef, VALIDATION],
  ["ZCreateSuspect", ZCreateSuspect, VALIDATION],
  ["ZUpdateSuspect", ZUpdateSuspect, VALIDATION],
  ["ZCreateVictim", ZCreateVictim, VALIDATION],
  ["ZUpdateVictim", ZUpdateVictim, VALIDATION],
  ["ZCreateUser", ZCreateUser, VALIDATION],
  ["ZUpdateUserAccess", ZUpdateUserAccess, VALIDATION],
  ["ZUserRef", ZUserRef, VALIDATION],
  ["ZSignIn", ZSignIn, VALIDATION],
  ["ZChangePassword", ZChangePassword, VALIDATION],
  ["ZPublishReport", ZPublishReport, ["reportPublish.errors", "validation"]],
  ["ZReportExport", ZReportExport, VALIDATION],
  ["ZReportOptions", ZReportOptions, VALIDATION],
  ["ZReportYear", ZReportYear, VALIDATION],
];

const HOSTILE: unknown[] = [
  undefined,
  null,
  "",
  "   ",
  0,
  -1,
  1.5,
  1e12,
  Number.NaN,
  true,
  [],
  ["a", "b"],
  {},
  { __proto__: { polluted: 1 } },
  "x".repeat(5000),
  "a\u0000b",
  "\u001b[2J",
  "\ud800",
  "=1+1",
  "2017-02-30",
  "9999-12-31",
  "2017-06-15T08:00",
  "25:99",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "__proto__",
  "ក្ក្ក្ក",
  "short",
  "ZZ",
];

/** The field names of a schema (its object shape, through refinements and pipes). */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def?: { shape?: object; in?: z.ZodType } }).def;
  if (def?.shape) return Object.keys(def.shape);
  if (def?.in) return fieldsOf(def.in);
  return [];
}

/** Every issue the schema raises on the hostile inputs, with the error map and without it. */
function issuesOf(schema: z.ZodType): z.core.$ZodIssue[] {
  const fields = fieldsOf(schema);
  const inputs: unknown[] = [...HOSTILE];
  for (const field of fields) {
    for (const value of HOSTILE) inputs.push({ [field]: value });
  }
  // Fields that only clash with each other (a date of birth and an age; a place and no country).
  inputs.push(
    { dateOfBirth: "2000-01-01", ageYears: "30", ageAtRescue: "30", rescuePlace: "ABROAD" },
    { dateOfBirth: "2010-01-01", arrestedOn: "2005-01-01", rescuedOn: "2005-01-01" },
    { arrestingUnit: "Unit 1" },
    {
      newPassword: "x".repeat(12),
      confirmPassword: "y".repeat(12),
      currentPassword: "x".repeat(12),
    },
    Object.fromEntries(fields.map((f) => [f, "x".repeat(5000)])),
  );
  return inputs.flatMap((input) => [
    ...(schema.safeParse(input, { error: validationErrorMap }).error?.issues ?? []),
    ...(schema.safeParse(input).error?.issues ?? []),
  ]);
}

function resolve(error: TFieldError, namespaces: string[]) {
  for (const namespace of namespaces) {
    const message = fieldErrorMessage(error, namespace);
    if (lookup(en, message.key) !== undefined) return message;
  }
  return fieldErrorMessage(error, namespaces.at(-1));
}

describe("the zod error map", () => {
  it.each(SCHEMAS)(
    "%s: every issue of hostile input is a key in both catalogues, Khmer in km.json",
    (_, schema, namespaces) => {
      const issues = issuesOf(schema);
      expect(issues.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const issue of issues) {
        const { key, values } = resolve(fieldErrorOf(issue), namespaces);
        if (seen.has(key)) continue;
        seen.add(key);
        const english = lookup(en, key);
        const khmer = lookup(km, key);
        expect(english, `${key} (from ${issue.code}: ${issue.message}) in en.json`).toBeDefined();
        expect(khmer, `${key} in km.json`).toBeDefined();
        expect(khmer).toMatch(/[\u1780-\u17FF]/);
        for (const name of Object.keys(values)) {
          const placeholder = new RegExp(`\\{${name}[,}]`);
          expect(english, `${key} takes {${name}}`).toMatch(placeholder);
          expect(khmer, `${key} takes {${name}} in Khmer`).toMatch(placeholder);
        }
      }
    },
  );

  it("maps each of zod's built-in issues to a code, never to zod's English", () => {
    const cases: [z.ZodType, unknown, TFieldError][] = [
      [z.object({ a: z.string() }), {}, "required"],
      [z.string(), 5, "invalid"],
      [z.number(), "x", "number"],
      [z.int(), 1.5, "wholeNumber"],
      [z.string().max(3), "abcd", { key: "tooLongMax", values: { maximum: 3 } }],
      [z.string().min(5), "ab", { key: "tooShortMin", values: { minimum: 5 } }],
      [z.string().min(1), "", "required"],
      [z.number().max(10), 11, { key: "numberTooLarge", values: { maximum: 10 } }],
      [z.number().min(10), 9, { key: "numberTooSmall", values: { minimum: 10 } }],
      [z.array(z.string()).max(1), ["a", "b"], { key: "tooMany", values: { maximum: 1 } }],
      [z.array(z.string()).min(2), ["a"], { key: "tooFew", values: { minimum: 2 } }],
      [z.email(), "x", "email"],
      [z.uuid(), "x", "choose"],
      [z.string().regex(/^a$/), "b", "format"],
      [z.number().multipleOf(5), 3, "wholeNumber"],
      [z.enum(["A", "B"]), "C", "choose"],
      [z.literal("A"), "B", "choose"],
      [z.union([z.literal("A"), z.number()]), "B", "choose"],
      [z.strictObject({}), { a: 1 }, "unknownField"],
      [z.string().refine(() => false), "a", "invalid"],
      [z.string().refine(() => false, { error: "birthOrAge" }), "a", "birthOrAge"],
      // A schema's own code that states its bound carries the bound, as zod's built-in ones do.
      [
        z.string().min(12, { error: "passwordTooShort" }),
        "ab",
        { key: "passwordTooShort", values: { minimum: 12 } },
      ],
      [
        z.string().max(256, { error: "passwordTooLong" }),
        "x".repeat(257),
        { key: "passwordTooLong", values: { maximum: 256 } },
      ],
    ];
    for (const [schema, input, expected] of cases) {
      const mapped = schema.safeParse(input, { error: validationErrorMap }).error!.issues[0]!;
      expect(fieldErrorOf(mapped), JSON.stringify(input)).toEqual(expected);
      const unmapped = schema.safeParse(input).error!.issues[0]!;
      // Without the map zod no longer hands over the input, so a missing field reads "invalid".
      if (expected !== "required") expect(fieldErrorOf(unmapped)).toEqual(expected);
    }
  });

  it("keeps a full catalogue path, and puts a bare code in the namespace asked for", () => {
    expect(fieldErrorMessage("import.issues.formula")).toEqual({
      key: "import.issues.formula",
      values: {},
    });
    expect(fieldErrorMessage("futureYear", "reportPublish.errors").key).toBe(
      "reportPublish.errors.futureYear",
    );
    expect(fieldErrorMessage({ key: "tooLongMax", values: { maximum: 3 } })).toEqual({
      key: "validation.tooLongMax",
      values: { maximum: 3 },
    });
  });
});
