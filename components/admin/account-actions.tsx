"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { deactivateUserAction } from "@/lib/actions/deactivate-user";
import { reactivateUserAction } from "@/lib/actions/reactivate-user";
import { resetUserPasswordAction } from "@/lib/actions/reset-user-password";

export function AccountActions({
  user,
}: {
  user: { id: string; version: number; active: boolean };
}) {
  const t = useTranslations("admin");
  const [activeState, toggle] = useActionState(
    user.active ? deactivateUserAction : reactivateUserAction,
    undefined,
  );
  const [resetState, reset] = useActionState(resetUserPasswordAction, undefined);
  return (
    <div className="space-y-4">
      <form action={toggle} className="space-y-2">
        <FormMessage state={activeState} />
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {user.active ? t("deactivate") : t("reactivate")}
        </SubmitButton>
      </form>
      <form action={reset} className="space-y-2">
        <FormMessage state={resetState} />
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("resetPassword")}
        </SubmitButton>
        {resetState?.ok ? (
          <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm">
            {t("temporaryPassword")}{" "}
            <code className="font-mono text-base">{resetState.data.temporaryPassword}</code>
            <br />
            {t("temporaryPasswordHint")}
          </p>
        ) : null}
      </form>
    </div>
  );
}
