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
    /** The submitted items of a list (checkboxes), or the record's own. After a refused save an
     * absent list means every box was left unticked. */
    list: (name: string, fallback: readonly string[] = []) => {
      if (!failed?.values) return [...fallback];
      const v = values[name];
      return Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
    },
    /** Whether a checkbox was ticked when the save was refused, or the record's own value. */
    checked: (name: string, fallback: boolean | null | undefined) =>
      failed?.values ? values[name] !== undefined : fallback === true,
  };
}
