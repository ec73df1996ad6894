"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createUserAction } from "@/lib/actions/create-user";
import { SECRETARIAT_AGENCY_ID } from "@/lib/domain/agencies";
import { AccessFields } from "./access-fields";

/** `agencies`: the active agencies, as options (lib/data/agencies.ts findAgencyChoices). */
export function CreateUserForm({ agencies }: { agencies: Option[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(createUserAction, undefined);
  if (state?.ok) {
    return (
      <div role="status" className="space-y-3 rounded-lg border border-green-300 bg-green-50 p-4">
        <p className="font-medium">{t("created")}</p>
        <p>
          {t("temporaryPassword")}{" "}
          <code className="rounded bg-white px-2 py-1 font-mono text-lg">
            {state.data.temporaryPassword}
          </code>
        </p>
        <p className="text-sm text-slate-700">{t("temporaryPasswordHint")}</p>
        <Link className="text-brand-700 underline" href={`/admin/users/${state.data.id}`}>
          {t("openUser")}
        </Link>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const text = (k: string) => (typeof values?.[k] === "string" ? (values[k] as string) : undefined);
  const ids = values?.provinceIds;
  return (
    <ActionForm action={action} pending={pending} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        type="email"
        label={t("email")}
        required
        defaultValue={text("email")}
        errors={errors?.email}
      />
      <Field
        name="name"
        label={t("name")}
        required
        defaultValue={text("name")}
        errors={errors?.name}
      />
      <SelectField
        name="agencyId"
        label={t("agencyId")}
        required
        options={agencies}
        defaultValue={text("agencyId") ?? String(SECRETARIAT_AGENCY_ID)}
        errors={errors?.agencyId}
      />
      <Field
        name="agencyUnit"
        label={t("agencyUnit")}
        defaultValue={text("agencyUnit")}
        errors={errors?.agencyUnit}
      />
      <AccessFields
        defaults={{
          role: text("role"),
          nationalScope: values?.nationalScope === "on",
          provinceIds: (Array.isArray(ids) ? ids : []).map(Number),
        }}
        errors={errors}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
