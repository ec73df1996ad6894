"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useNumerals } from "@/components/ui/numerals";
import { isAuditAction } from "@/lib/domain/audit-actions";
import { verifyAuditChainAction } from "@/lib/actions/verify-audit-chain";
import { formatNumber, withNumerals } from "@/lib/i18n/numerals";

export function VerifyChainButton() {
  const t = useTranslations("audit");
  const numerals = useNumerals();
  // The broken event's action as the audit page names it; a retired code is all there is.
  const actionLabel = (code: string | null) =>
    code === null ? "?" : isAuditAction(code) ? t(`actionLabels.${code}`) : code;
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
            ? t("chainIntact", {
                count: state.data.checked,
                n: formatNumber(state.data.checked, numerals),
              })
            : t("chainBroken", {
                // An event's id: its digits in the reader's, never grouped.
                id: state.data.brokenId ? withNumerals(state.data.brokenId, numerals) : "?",
                action: actionLabel(state.data.brokenAction),
                count: state.data.checked,
                n: formatNumber(state.data.checked, numerals),
              })}
        </p>
      ) : null}
    </form>
  );
}
