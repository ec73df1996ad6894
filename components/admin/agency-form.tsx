"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field, FieldErrors } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createAgencyAction } from "@/lib/actions/create-agency";
import { updateAgencyAction } from "@/lib/actions/update-agency";
import { AGENCY_KINDS } from "@/lib/domain/agencies";
import { PROVINCES } from "@/lib/domain/provinces";
import { AGENCY_SERVICES } from "@/lib/validation/agencies";

export type AgencyFormValues = {
  id: number;
  version: number;
  code: string;
  kind: string;
  nameEn: string;
  nameKm: string;
  provinceId: number | null;
  services: string[];
  active: boolean;
};

/** Create an agency, or edit one (at the version shown: a stale save is refused). */
export function AgencyForm({ initial }: { initial?: AgencyFormValues }) {
  const t = useTranslations("agencies");
  const tEnum = useTranslations("enums");
  const locale = useLocale();
  const [state, action, pending] = useActionState(
    initial ? updateAgencyAction : createAgencyAction,
    undefined,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const text = (k: string, fallback?: string | number | null) =>
    typeof values?.[k] === "string"
      ? (values[k] as string)
      : fallback == null
        ? ""
        : String(fallback);
  const submitted = values?.services;
  const services = new Set(
    values ? (Array.isArray(submitted) ? submitted : []).map(String) : (initial?.services ?? []),
  );
  const active = values ? values.active === "on" : (initial?.active ?? true);
  return (
    <ActionForm
      key={initial?.version ?? "new"}
      action={action}
      pending={pending}
      className="max-w-2xl space-y-4"
      noValidate
    >
      <FormMessage state={state} />
      {state?.ok ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm"
        >
          {t("saved")}
        </p>
      ) : null}
      {initial ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : null}
      <Field
        name="code"
        label={t("code")}
        required
        defaultValue={text("code", initial?.code)}
        errors={errors?.code}
      />
      <SelectField
        name="kind"
        label={t("kind")}
        defaultValue={text("kind", initial?.kind ?? "NGO")}
        options={AGENCY_KINDS.map((k) => ({ value: k, label: tEnum(`AgencyKind.${k}`) }))}
        errors={errors?.kind}
      />
      <Field
        name="nameEn"
        label={t("nameEn")}
        required
        defaultValue={text("nameEn", initial?.nameEn)}
        errors={errors?.nameEn}
      />
      <Field
        name="nameKm"
        label={t("nameKm")}
        required
        defaultValue={text("nameKm", initial?.nameKm)}
        errors={errors?.nameKm}
      />
      <SelectField
        name="provinceId"
        label={t("province")}
        placeholder={t("national")}
        defaultValue={text("provinceId", initial?.provinceId)}
        options={PROVINCES.map((p) => ({
          value: String(p.id),
          label: locale === "km" ? p.nameKm : p.nameEn,
        }))}
        errors={errors?.provinceId}
      />
      <fieldset
        className="space-y-2"
        aria-describedby={errors?.services ? "field-services-error" : undefined}
      >
        <legend className="text-sm font-medium">{t("services")}</legend>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {AGENCY_SERVICES.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="services[]" value={s} defaultChecked={services.has(s)} />
              {tEnum(`ServiceType.${s}`)}
            </label>
          ))}
        </div>
        <FieldErrors id="field-services-error" errors={errors?.services} />
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={active} />
        {t("active")}
      </label>
      <SubmitButton pendingLabel={t("saving")}>{initial ? t("save") : t("create")}</SubmitButton>
    </ActionForm>
  );
}
