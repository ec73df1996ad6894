import type { z } from "zod";

// The one error map: every zod issue, a schema's own code ("tooLong", "birthOrAge") or one of
// zod's built-in issues (invalid_type, too_big, invalid_format…), becomes a catalogue key and
// its values, so no English text of zod's ever reaches a form, an import's issue table or a
// page. Keys are relative to the `validation` namespace unless they hold a dot (a full path,
// such as "import.issues.formula"); a form whose schema uses its own namespace for some codes
// (the publish form's `reportPublish.errors`) looks there first.

/** A field error as the forms show it: a catalogue key, with the values its message takes. */
export type TFieldError = string | { key: string; values: Record<string, string | number> };

/** A schema's own code: a key name, never a sentence (zod's own messages are sentences). */
const CODE = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const NUMERIC = new Set(["number", "int", "bigint"]);
const COLLECTION = new Set(["array", "set", "map", "file"]);

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

/** The code of a built-in zod issue: what went wrong, in the catalogue's words. */
export function builtinCode(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if ("input" in issue && isBlank(issue.input)) return "required";
      if (issue.expected === "number" || issue.expected === "bigint") return "number";
      if (issue.expected === "int") return "wholeNumber";
      if (issue.expected === "date") return "date";
      return "invalid";
    case "too_big":
      if (issue.origin === "string") return "tooLongMax";
      if (NUMERIC.has(issue.origin)) return "numberTooLarge";
      if (COLLECTION.has(issue.origin)) return "tooMany";
      return "invalid";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : "tooShortMin";
      if (NUMERIC.has(issue.origin)) return "numberTooSmall";
      if (COLLECTION.has(issue.origin)) return "tooFew";
      return "invalid";
    case "invalid_format":
      if (issue.format === "email") return "email";
      if (issue.format === "uuid" || issue.format === "guid") return "choose";
      if (issue.format === "date") return "date";
      if (issue.format === "time") return "time";
      return "format";
    case "not_multiple_of":
      return "wholeNumber";
    case "invalid_value":
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
      return "choose";
    case "unrecognized_keys":
      return "unknownField";
    default:
      return "invalid";
  }
}

/**
 * The error map to parse with (`schema.safeParse(input, { error: validationErrorMap })`). A
 * schema's own `{ error: "code" }` wins over it (zod's precedence); every other issue gets its
 * built-in code here, where zod still hands over the input (a blank input reads "required").
 */
export const validationErrorMap: z.core.$ZodErrorMap = (issue) => ({
  message: builtinCode(issue),
});

/** The values the bounded messages ("Use at most {maximum} characters.") take. */
function valuesOf(issue: z.core.$ZodIssue): Record<string, string | number> | null {
  if (issue.code === "too_big") return { maximum: Number(issue.maximum) };
  if (issue.code === "too_small") return { minimum: Number(issue.minimum) };
  return null;
}

// A schema's own code that states its bound ("Use at least {minimum} characters.") is here too,
// so the bound reaches the message as the schema has it, in the reader's digits.
const BOUNDED = new Set([
  "passwordTooShort",
  "passwordTooLong",
  "tooLongMax",
  "tooShortMin",
  "numberTooLarge",
  "numberTooSmall",
  "tooMany",
  "tooFew",
]);

/** A parsed issue as the forms show it: its schema's code, or the code of zod's built-in issue. */
export function fieldErrorOf(issue: z.core.$ZodIssue): TFieldError {
  const key = CODE.test(issue.message) ? issue.message : builtinCode(issue);
  const values = BOUNDED.has(key) ? valuesOf(issue) : null;
  return values ? { key, values } : key;
}

/** The key and values of a field error, the key as a full catalogue path. */
export function fieldErrorMessage(error: TFieldError, namespace = "validation") {
  const { key, values } = typeof error === "string" ? { key: error, values: {} } : error;
  return { key: key.includes(".") ? key : `${namespace}.${key}`, values };
}

/** The field errors of a failed parse, by field path ("_form" for the whole input). */
export function fieldErrorsOf(error: z.ZodError): Record<string, TFieldError[]> {
  const out: Record<string, TFieldError[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    (out[field] ??= []).push(fieldErrorOf(issue));
  }
  return out;
}
