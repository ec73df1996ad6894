"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { DateField } from "@/components/forms/date-field";
import { FieldErrors } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeCaseStatusAction } from "@/lib/actions/change-case-status";
import type { ActionResult } from "@/lib/auth/guard-core";
import { STATUS_NOTE_MAX, type TTransitionKind } from "@/lib/domain/case-workflow";
import { CLOSE_REASONS } from "@/lib/validation/case-status";
import { formState } from "./form-state";

type Move = { to: string; kind: TTransitionKind };

/** The usual move first (it is the one selected): on, then closing; undoing an entry last. */
const ORDER: Record<TTransitionKind, number> = { forward: 0, reopen: 1, close: 2, back: 3 };

/**
 * Moves a case along its workflow: only the moves allowed from its status are offered; the close
 * reason appears when closing, and the note says it is required for a step back or a reopening.
 * The server checks the move again against the case as it is when saved.
 */
export function CaseStatusForm({
  id,
  version,
  moves,
  today,
}: {
  id: string;
  version: number;
  moves: Move[];
  /** Today in Phnom Penh, YYYY-MM-DD: the date offered. */
  today: string;
}) {
  const t = useTranslations("caseWorkflow");
  const offered = [...moves].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const tEnum = useTranslations("enums");
  const [state, action, pending] = useActionState<ActionResult<unknown> | undefined, FormData>(
    changeCaseStatusAction as (
      previous: ActionResult<unknown> | undefined,
      formData: FormData,
    ) => Promise<ActionResult<unknown>>,
    undefined,
  );
  const { errors, value } = formState(state);
  const [toStatus, setToStatus] = useState(value("toStatus", offered[0]?.to));
  const kind = moves.find((m) => m.to === toStatus)?.kind;
  const noteId = "field-status-note";
  const noteErrors = errors.note;
  return (
    <ActionForm
      key={version}
      action={action}
      pending={pending}
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
      aria-label={t("changeStatus")}
      noValidate
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="toStatus"
        label={t("toStatus")}
        value={toStatus}
        onChange={(e) => setToStatus(e.currentTarget.value)}
        options={offered.map((m) => ({
          value: m.to,
          label: t(`moves.${m.kind}`, { status: tEnum(`CaseStatus.${m.to}`) }),
        }))}
        errors={errors.toStatus}
      />
      <DateField
        type="date"
        name="changedOn"
        label={t("changedOn")}
        defaultValue={value("changedOn", today)}
        max={today}
        errors={errors.changedOn}
      />
      {kind === "close" ? (
        <SelectField
          name="closeReason"
          label={t("closeReason")}
          defaultValue={value("closeReason")}
          placeholder=""
          options={CLOSE_REASONS.map((r) => ({ value: r, label: tEnum(`CaseCloseReason.${r}`) }))}
          errors={errors.closeReason}
        />
      ) : errors.closeReason ? (
        <FieldErrors id="field-closeReason-error" errors={errors.closeReason} />
      ) : null}
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
          {kind === "back" || kind === "reopen" ? t("noteRequired") : t("note")}
        </label>
        <textarea
          id={noteId}
          name="note"
          rows={3}
          maxLength={STATUS_NOTE_MAX}
          defaultValue={value("note")}
          aria-invalid={noteErrors?.length ? true : undefined}
          aria-describedby={`${noteId}-hint${noteErrors?.length ? ` ${noteId}-error` : ""}`}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <p id={`${noteId}-hint`} className="text-xs text-slate-600">
          {t("noteHint")}
        </p>
        <FieldErrors id={`${noteId}-error`} errors={noteErrors} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
