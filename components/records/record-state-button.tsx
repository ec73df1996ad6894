"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/auth/guard-core";

/** Soft delete or restore one record at the version the page showed. */
export function RecordStateButton<T>({
  action,
  id,
  version,
  label,
  pendingLabel,
}: {
  action: (previous: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;
  id: string;
  version: number;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | undefined, FormData>(
    action,
    undefined,
  );
  return (
    <ActionForm action={formAction} pending={pending} className="inline-block space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
