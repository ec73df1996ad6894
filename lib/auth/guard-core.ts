import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { RequestContext } from "@/lib/audit/record";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { fieldErrorsOf, validationErrorMap, type TFieldError } from "@/lib/validation/error-map";
import { can, type ActingUser } from "./acting-user";
import type { Permission } from "./permissions";
import { logger } from "@/lib/observability/logger";

/** The one shape every action returns. Messages and field errors are catalogue keys (field
 * errors through the one zod error map, lib/validation/error-map.ts). */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "unexpected";
      messageKey: string;
      params?: Record<string, string | number>;
      fieldErrors?: Record<string, TFieldError[]>;
      /** What the user submitted (never a password), so the form can keep it. */
      values?: Record<string, unknown>;
      details?: unknown;
    };

export type GuardContext = { user: ActingUser; request: RequestContext };

export type GuardSpec<S extends z.ZodType, T> = {
  /** "signed-in": any signed-in user, even one who must still change their password. */
  permission: Permission | "signed-in";
  schema: S;
  handler: (input: z.infer<S>, ctx: GuardContext) => Promise<T>;
};

/** The longest text echoed: the longest field any form has (a case's summary, 4,000). */
export const ECHO_MAX_CHARS = 4000;
/** Forms have a few dozen fields and lists a few dozen items; more is not a person typing. */
const ECHO_MAX_ITEMS = 100;

function echoValue(value: unknown): unknown {
  if (typeof value === "string") return value.slice(0, ECHO_MAX_CHARS);
  if (Array.isArray(value)) return value.slice(0, ECHO_MAX_ITEMS).map(echoValue);
  return value;
}

/**
 * What the form gets back to keep the user's input. Capped: a refused 900 KB summary is cut to
 * the longest text a field takes (its "too long" error says why), not sent back in full.
 */
function echo(rawInput: unknown): Record<string, unknown> | undefined {
  if (!rawInput || typeof rawInput !== "object") return undefined;
  return Object.fromEntries(
    Object.entries(rawInput)
      .filter(([k, v]) => !/password/i.test(k) && !(v instanceof Blob))
      .slice(0, ECHO_MAX_ITEMS)
      .map(([k, v]) => [k.slice(0, 200), echoValue(v)]),
  );
}

function failure(code: AppErrorCode | "unexpected", messageKey: string = code, extra = {}) {
  return { ok: false as const, code, messageKey, ...extra };
}

/**
 * Authorise, validate, run: the steps every action and route handler takes, in this order. It
 * knows nothing of Next, so the integration tests drive it with real users and a real database.
 * Scope (which records a user may touch) is checked by the lib/data function the handler calls.
 */
export async function runGuarded<S extends z.ZodType, T>(
  spec: GuardSpec<S, T>,
  user: ActingUser | null,
  request: RequestContext,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  if (!user) return failure("unauthenticated");
  if (spec.permission !== "signed-in") {
    if (user.mustChangePassword) return failure("forbidden", "mustChangePassword");
    if (!can(user, spec.permission)) return failure("forbidden");
  }
  const parsed = spec.schema.safeParse(rawInput, { error: validationErrorMap });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return failure("invalid", "invalid", { fieldErrors, values: echo(rawInput) });
  }
  try {
    return { ok: true, data: await spec.handler(parsed.data, { user, request }) };
  } catch (err) {
    if (err instanceof AppError) {
      return failure(err.code, err.messageKey, {
        params: err.params,
        fieldErrors: err.fieldErrors,
        values: err.fieldErrors || err.details ? echo(rawInput) : undefined,
        details: err.details,
      });
    }
    const ref = randomUUID().slice(0, 8);
    logger().error({ err, ref }, "unexpected error");
    return failure("unexpected", "unexpected", { params: { ref } });
  }
}

/** Form fields as an object; a repeated name, or one ending in [], becomes an array. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    const isList = rawKey.endsWith("[]");
    const key = isList ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (isList) out[key] = [...((existing as unknown[]) ?? []), value];
    else if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
