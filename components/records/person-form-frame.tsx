"use client";

import { useActionState, type ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/auth/guard-core";
import { DuplicatePanel } from "./duplicate-panel";
import { formState } from "./form-state";
import { useSavedVersion } from "./saved-version";

export type PersonFormAction = (
  p: ActionResult<unknown> | undefined,
  f: FormData,
) => Promise<ActionResult<unknown>>;

/**
 * A suspect's or a victim's form state: the create action for a new person, the update action
 * for an existing one; the field errors and submitted values of a refused save; and ids unique
 * on the page (a case page holds one form per suspect).
 */
export function usePersonForm(
  kind: "suspect" | "victim",
  record: { id: string } | undefined,
  actions: { create: PersonFormAction; update: PersonFormAction },
) {
  const [state, action, pending] = useActionState<ActionResult<unknown> | undefined, FormData>(
    record ? actions.update : actions.create,
    undefined,
  );
  const prefix = record ? `${kind}-${record.id}` : `${kind}-new`;
  const id = (name: string) => `${prefix}-${name}`;
  return { state, action, pending, id, ...formState(state) };
}

/**
 * What the suspect and victim forms share around their fields: the form's message and its
 * possible-duplicate panel, the case it adds to, and, when editing, the record's id and the
 * version the edit is based on (a stale save is refused), the one its last save returned. After a
 * successful add the form starts
 * empty again for the next person.
 */
export function PersonFormFrame({
  kind,
  state,
  action,
  pending,
  caseId,
  record,
  children,
}: {
  kind: "suspect" | "victim";
  state: ActionResult<unknown> | undefined;
  action: (formData: FormData) => void;
  pending: boolean;
  caseId?: string;
  record?: { id: string; version: number };
  children: ReactNode;
}) {
  // An edit keeps its fields after the user's own save, and remounts with the page's values only
  // when the page shows someone else's newer version (decision 0038); a new person's form
  // empties after each add.
  const saved = useSavedVersion(record?.version, state);
  const key = record ? `${record.id}#${saved.key}` : state?.ok ? JSON.stringify(state.data) : "new";
  return (
    <ActionForm
      key={key}
      action={action}
      pending={pending}
      className="grid gap-3 sm:grid-cols-3"
      noValidate
    >
      <div className="sm:col-span-3">
        <FormMessage state={state} />
        <DuplicatePanel state={state} kind={kind} />
      </div>
      {caseId ? <input type="hidden" name="caseId" value={caseId} /> : null}
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={saved.version} />
        </>
      ) : null}
      {children}
    </ActionForm>
  );
}
