"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/guard-core";

/** The form-level message of a failed action, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult<unknown> | undefined }) {
  const t = useTranslations("errors");
  if (!state || state.ok || state.code === "invalid") return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {t(state.messageKey, state.params ?? {})}
    </div>
  );
}
