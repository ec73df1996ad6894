"use client";

import type { ActionResult } from "@/lib/auth/guard-core";

/** Field errors, and what was submitted, from a failed action result. */
export function formState(state: ActionResult<unknown> | undefined) {
  const failed = state && !state.ok ? state : undefined;
  const values = failed?.values ?? {};
  return {
    errors: failed?.fieldErrors ?? {},
    /** The submitted text of a field, or the record's own value. */
    value: (name: string, fallback?: string | number | null) => {
      const v = values[name];
      return typeof v === "string" ? v : fallback == null ? "" : String(fallback);
    },
  };
}
