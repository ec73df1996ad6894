"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { DateField } from "@/components/forms/date-field";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { formState } from "@/components/records/form-state";
import { changeReferralStatusAction } from "@/lib/actions/change-referral-status";

/** Moves a referral to one of the statuses its workflow allows next (lib/domain/referrals.ts). */
export function ReferralStatusForm({
  id,
  version,
  next,
  today,
}: {
  id: string;
  version: number;
  next: Option[];
  today: string;
}) {
  const t = useTranslations("referrals");
  const [state, action, pending] = useActionState(changeReferralStatusAction, undefined);
  const { errors, value } = formState(state);
  return (
    <ActionForm
      action={action}
      pending={pending}
      className="space-y-3"
      noValidate
      aria-label={t("changeStatus")}
    >
      <FormMessage state={state} />
      {state?.ok ? (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="status"
          label={t("newStatus")}
          options={next}
          placeholder=""
          errors={errors.status}
          defaultValue={value("status")}
        />
        <DateField
          type="date"
          name="on"
          label={t("statusDate")}
          max={today}
          defaultValue={value("on", today)}
          errors={errors.on}
        />
      </div>
      <Field name="note" label={t("note")} errors={errors.note} id="status-note">
        <textarea
          id="status-note"
          name="note"
          rows={2}
          maxLength={1000}
          className={inputClass}
          defaultValue={value("note")}
        />
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
