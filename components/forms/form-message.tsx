"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/guard-core";

/** The form-level message of a failed action, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> | undefined }) {
  const t = useTranslations("errors");
  const labels = useTranslations("audit.fieldLabels");
  if (!state || state.ok || state.code === "invalid") return null;
  // A conflict names the fields changed since (lib/data/conflicts.ts) by their column names:
  // shown by the labels the audit trail gives them.
  const params: Record<string, string | number> = { ...(state.params ?? {}) };
  if (typeof params.fields === "string") {
    params.fields = params.fields
      .split(", ")
      .map((f) => (labels.has(f as "id") ? labels(f as "id") : f))
      .join(", ");
  }
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {t(state.messageKey, params)}
    </div>
  );
}
