"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { signInAction } from "@/lib/actions/sign-in";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState(signInAction, undefined);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <ActionForm action={action} pending={pending} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {state && !state.ok && state.code !== "invalid" ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {tErrors(state.messageKey)}
        </div>
      ) : null}
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={typeof values?.email === "string" ? values.email : undefined}
        errors={fieldErrors?.email}
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={fieldErrors?.password}
      />
      <SubmitButton pendingLabel={t("signingIn")} className="w-full">
        {t("signIn")}
      </SubmitButton>
    </ActionForm>
  );
}
