"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { DateField } from "@/components/forms/date-field";
import { Field, inputClass } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { formState } from "@/components/records/form-state";
import { createReferralAction } from "@/lib/actions/create-referral";

export type ProviderOption = Option & { services: string[] };

/** Refers a victim to a provider of a service; providers are offered for the chosen service. */
export function ReferForm({
  victimId,
  services,
  providers,
  today,
}: {
  victimId: string;
  services: Option[];
  providers: ProviderOption[];
  today: string;
}) {
  const t = useTranslations("referrals");
  const [state, action, pending] = useActionState(createReferralAction, undefined);
  const { errors, value } = formState(state);
  const [service, setService] = useState(value("service"));
  const offered = providers.filter((p) => !service || p.services.includes(service));
  return (
    <ActionForm action={action} pending={pending} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="victimId" value={victimId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="service"
          label={t("service")}
          options={services}
          placeholder=""
          errors={errors.service}
          defaultValue={value("service")}
          onChange={(e) => setService(e.target.value)}
        />
        <SelectField
          name="providerId"
          label={t("provider")}
          options={offered}
          placeholder=""
          errors={errors.providerId}
          defaultValue={value("providerId")}
          title={t("providerHint")}
        />
        <DateField
          type="date"
          name="referredOn"
          label={t("referredOn")}
          max={today}
          defaultValue={value("referredOn", today)}
          errors={errors.referredOn}
        />
      </div>
      <Field name="note" label={t("note")} errors={errors.note}>
        <textarea
          id="field-note"
          name="note"
          rows={2}
          maxLength={1000}
          className={inputClass}
          defaultValue={value("note")}
        />
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("referSubmit")}</SubmitButton>
    </ActionForm>
  );
}
