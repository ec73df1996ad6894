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
import { recordFollowUpAction } from "@/lib/actions/record-follow-up";

/** Records a follow-up visit under a referral. */
export function FollowUpForm({
  referralId,
  statuses,
  today,
}: {
  referralId: string;
  statuses: Option[];
  today: string;
}) {
  const t = useTranslations("referrals");
  const [state, action, pending] = useActionState(recordFollowUpAction, undefined);
  const { errors, value } = formState(state);
  return (
    <ActionForm
      action={action}
      pending={pending}
      className="space-y-3"
      noValidate
      aria-label={t("addFollowUp")}
    >
      <FormMessage state={state} />
      {state?.ok ? (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      <input type="hidden" name="referralId" value={referralId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <DateField
          type="date"
          name="visitedOn"
          label={t("visitedAt")}
          max={today}
          defaultValue={value("visitedOn", today)}
          errors={errors.visitedOn}
        />
        <Field
          name="visitedBy"
          label={t("visitedBy")}
          maxLength={200}
          defaultValue={value("visitedBy")}
          errors={errors.visitedBy}
        />
        <SelectField
          name="reintegration"
          label={t("reintegration")}
          options={statuses}
          placeholder=""
          errors={errors.reintegration}
          defaultValue={value("reintegration")}
        />
      </div>
      <Field name="outcome" label={t("outcome")} errors={errors.outcome} id="field-outcome">
        <textarea
          id="field-outcome"
          name="outcome"
          rows={2}
          maxLength={1000}
          className={inputClass}
          defaultValue={value("outcome")}
        />
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("recordFollowUp")}</SubmitButton>
    </ActionForm>
  );
}
