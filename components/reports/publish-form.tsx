"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useNumerals } from "@/components/ui/numerals";
import { formatNumber, formatYear } from "@/lib/i18n/numerals";
import { ActionForm } from "@/components/forms/action-form";
import { FieldErrors, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { publishReportAction } from "@/lib/actions/publish-report";
import { PUBLISH_NOTE_MAX } from "@/lib/validation/report-publish";

/** The note and the button; afterwards, the revision and SHA-256 that were published. */
export function PublishForm({ year, nextRevision }: { year: number; nextRevision: number }) {
  const t = useTranslations("reportPublish");
  const numerals = useNumerals();
  const tErrors = useTranslations("reportPublish.errors");
  const [state, action, pending] = useActionState(publishReportAction, undefined);
  const failure = state && !state.ok ? state : undefined;
  const errors = failure?.fieldErrors ?? {};
  const note = typeof failure?.values?.note === "string" ? failure.values.note : "";
  // Refusals particular to publishing are worded here; the rest are the shared error messages.
  const own = failure && failure.code !== "invalid" && tErrors.has(failure.messageKey);
  const yearErrors = (errors.year ?? []).filter(
    (key): key is string => typeof key === "string" && tErrors.has(key),
  );
  return (
    <ActionForm action={action} pending={pending} className="space-y-3" noValidate>
      {state?.ok ? (
        <div
          role="status"
          className="space-y-1 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm"
        >
          <p className="font-medium">
            {t("published", {
              revision: formatNumber(state.data.revision, numerals),
              year: formatYear(state.data.year, numerals),
            })}
          </p>
          <p>
            {t("sha256")} <code className="font-mono text-xs break-all">{state.data.sha256}</code>
          </p>
        </div>
      ) : null}
      {own ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {tErrors(failure.messageKey)}
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      {yearErrors.length ? (
        <p role="alert" className="text-sm text-red-700">
          {yearErrors.map((key) => tErrors(key)).join(" ")}
        </p>
      ) : null}
      <input type="hidden" name="year" value={year} />
      <div className="space-y-1">
        <label htmlFor="field-publish-note" className="block text-sm font-medium text-slate-800">
          {t("note")}
        </label>
        <textarea
          // A new revision starts with an empty note.
          key={state?.ok ? state.data.revision : 0}
          id="field-publish-note"
          name="note"
          rows={3}
          maxLength={PUBLISH_NOTE_MAX}
          defaultValue={note}
          aria-invalid={errors.note?.length ? true : undefined}
          aria-describedby={[
            "field-publish-note-hint",
            errors.note?.length ? "field-publish-note-error" : null,
          ]
            .filter(Boolean)
            .join(" ")}
          className={inputClass}
        />
        <p id="field-publish-note-hint" className="text-xs text-slate-600">
          {t("noteHint", { max: formatNumber(PUBLISH_NOTE_MAX, numerals) })}
        </p>
        <FieldErrors id="field-publish-note-error" errors={errors.note} />
      </div>
      <SubmitButton pendingLabel={t("publishing")}>
        {t("publish", { revision: formatNumber(nextRevision, numerals) })}
      </SubmitButton>
    </ActionForm>
  );
}
