import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type TAuditAction } from "@/lib/domain/audit-actions";
import { isCalendarDate } from "./common";
import { fieldErrorOf } from "./error-map";
import { ZPlainString } from "./text";

const optionalText = ZPlainString()
  .trim()
  .max(200, { error: "tooLong" })
  .optional()
  .transform((v) => v || undefined);
// A blank field ("" from the GET form) means no filter.
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalDate = z.preprocess(
  blankToUndefined,
  z.string().refine(isCalendarDate, { error: "date" }).optional(),
);

// The page offers these as choices; a hand-edited URL with another value is refused, not run.
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "choose" }).optional());

/** Audit trail filters, as they appear in the page's URL and the export's query string. */
export const ZAuditFilters = z.object({
  actor: optionalText,
  action: optionalChoice(AUDIT_ACTIONS as readonly [TAuditAction, ...TAuditAction[]]),
  entityType: optionalChoice(AUDIT_ENTITY_TYPES),
  entityId: optionalText,
  /** Calendar days in Asia/Phnom_Penh, inclusive. */
  from: optionalDate,
  to: optionalDate,
  cursor: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{1,18}$/, { error: "cursor" })
      .optional(),
  ),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export type TAuditFilterName = keyof TAuditFilters;

/**
 * The page's filters from its search params, one at a time: a readable filter applies, an
 * unreadable one (a hand-edited URL, a NUL byte) does not, and its message key (in `validation`)
 * is returned for display beside it rather than silently showing the unfiltered trail.
 */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: TAuditFilters;
  errors: Partial<Record<TAuditFilterName, string>>;
} {
  const accepted: Record<string, unknown> = {};
  const errors: Partial<Record<TAuditFilterName, string>> = {};
  for (const name of Object.keys(ZAuditFilters.shape) as TAuditFilterName[]) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const result = ZAuditFilters.shape[name].safeParse(value);
    if (result.success) accepted[name] = value;
    else {
      // Through the one error map, so a built-in zod issue is a key too, never zod's English.
      const issue = result.error.issues[0];
      const error = issue ? fieldErrorOf(issue) : "invalid";
      errors[name] = typeof error === "string" ? error : error.key;
    }
  }
  return { filters: ZAuditFilters.parse(accepted), errors };
}
