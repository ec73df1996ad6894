"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateUserAccessAction } from "@/lib/actions/update-user-access";
import { AccessFields } from "./access-fields";

export type EditableUser = {
  id: string;
  version: number;
  name: string;
  agencyId: number;
  agencyUnit: string | null;
  role: string;
  nationalScope: boolean;
  provinceIds: number[];
};

export function EditUserForm({ user, agencies }: { user: EditableUser; agencies: Option[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(updateUserAccessAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    // The key remounts the form with fresh defaults after each save (the version moves on).
    <ActionForm
      key={user.version}
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
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <Field
        name="name"
        label={t("name")}
        required
        defaultValue={user.name}
        errors={errors?.name}
      />
      <SelectField
        name="agencyId"
        label={t("agencyId")}
        required
        options={agencies}
        defaultValue={String(user.agencyId)}
        errors={errors?.agencyId}
      />
      <Field
        name="agencyUnit"
        label={t("agencyUnit")}
        defaultValue={user.agencyUnit ?? ""}
        errors={errors?.agencyUnit}
      />
      <AccessFields defaults={user} errors={errors} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
