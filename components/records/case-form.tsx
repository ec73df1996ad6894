"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { EventMomentFields } from "@/components/forms/event-moment-fields";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createCaseAction } from "@/lib/actions/create-case";
import { updateCaseAction } from "@/lib/actions/update-case";
import type { ActionResult } from "@/lib/auth/guard-core";
import { OFFENCE_TYPES } from "@/lib/validation/case";
import { formState } from "./form-state";
import { useSavedVersion } from "./saved-version";

export type CaseFormValues = {
  id: string;
  version: number;
  offenceType: string;
  provinceId: number;
  leadAgency: string;
  crackedDownOn: string;
  crackedDownTime: string;
  summary: string | null;
};

/** Create (no `initial`) or edit a case. Provinces are those the user may write in. */
export function CaseForm({
  provinces,
  initial,
}: {
  provinces: Option[];
  initial?: CaseFormValues;
}) {
  const t = useTranslations("cases");
  const tEnum = useTranslations("enums");
  // The two actions differ only in what they return on success, which this form does not read.
  const [state, action, pending] = useActionState<ActionResult<unknown> | undefined, FormData>(
    (initial ? updateCaseAction : createCaseAction) as (
      previous: ActionResult<unknown> | undefined,
      formData: FormData,
    ) => Promise<ActionResult<unknown>>,
    undefined,
  );
  const { errors, value } = formState(state);
  const saved = useSavedVersion(initial?.version, state);
  const onlyProvince = provinces.length === 1 ? provinces[0]!.value : "";
  return (
    <ActionForm
      key={saved.key}
      action={action}
      pending={pending}
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
      noValidate
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} />
        {state?.ok && initial ? (
          <p
            role="status"
            className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm"
          >
            {t("saved")}
          </p>
        ) : null}
      </div>
      {initial ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={saved.version} />
        </>
      ) : null}
      <SelectField
        name="offenceType"
        label={t("offence")}
        defaultValue={value("offenceType", initial?.offenceType)}
        placeholder=""
        options={OFFENCE_TYPES.map((o) => ({ value: o, label: tEnum(`OffenceType.${o}`) }))}
        errors={errors.offenceType}
      />
      <SelectField
        name="provinceId"
        label={t("province")}
        defaultValue={value("provinceId", initial?.provinceId ?? onlyProvince)}
        placeholder=""
        options={provinces}
        errors={errors.provinceId}
      />
      <Field
        name="leadAgency"
        label={t("leadAgency")}
        defaultValue={value("leadAgency", initial?.leadAgency)}
        errors={errors.leadAgency}
        className="sm:col-span-2"
      />
      <EventMomentFields
        date={{
          name: "crackedDownOn",
          label: t("crackedDownOn"),
          defaultValue: value("crackedDownOn", initial?.crackedDownOn),
          errors: errors.crackedDownOn,
        }}
        time={{
          name: "crackedDownTime",
          label: t("crackedDownTime"),
          defaultValue: value("crackedDownTime", initial?.crackedDownTime),
          errors: errors.crackedDownTime,
        }}
      />
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor="field-summary" className="block text-sm font-medium">
          {t("summary")}
        </label>
        <textarea
          id="field-summary"
          name="summary"
          rows={4}
          defaultValue={value("summary", initial?.summary)}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{initial ? t("save") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
