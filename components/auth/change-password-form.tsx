"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useNumerals } from "@/components/ui/numerals";
import { formatNumber } from "@/lib/i18n/numerals";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePasswordAction } from "@/lib/actions/change-password";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const numerals = useNumerals();
  const [state, action, pending] = useActionState(changePasswordAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <ActionForm action={action} pending={pending} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={errors?.currentPassword}
      />
      <Field
        name="newPassword"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={t("passwordRules", { min: formatNumber(PASSWORD_MIN_LENGTH, numerals) })}
        errors={errors?.newPassword}
      />
      <Field
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
    </ActionForm>
  );
}
