"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { verifyAuditChainAction } from "@/lib/actions/verify-audit-chain";

export function VerifyChainButton() {
  const t = useTranslations("audit");
  const [state, action] = useActionState(verifyAuditChainAction, undefined);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton variant="secondary" pendingLabel={t("verifying")}>
        {t("verify")}
      </SubmitButton>
      <FormMessage state={state} />
      {state?.ok ? (
        <p
          role="status"
          className={
            state.data.ok
              ? "rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm"
              : "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
          }
        >
          {state.data.ok
            ? t("chainIntact", { count: state.data.checked })
            : t("chainBroken", {
                id: state.data.brokenId ?? "?",
                action: state.data.brokenAction ?? "?",
                count: state.data.checked,
              })}
        </p>
      ) : null}
    </form>
  );
}
