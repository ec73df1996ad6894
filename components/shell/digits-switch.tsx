"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { setPreferencesAction } from "@/lib/actions/set-preferences";
import type { DigitsPreference } from "@/lib/i18n/numerals";
import { DIGITS } from "@/lib/validation/preferences";
import { switchButtonClass } from "./switch-button";

/** Khmer or Latin digits on Khmer pages, for the signed-in user themself (decision 0028). */
export function DigitsSwitch({ current }: { current: DigitsPreference }) {
  const t = useTranslations("preferences");
  const router = useRouter();
  const [state, action, pending] = useActionState(setPreferencesAction, undefined);
  // The page was drawn with the old digits: draw it again with the new ones.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={action} aria-label={t("digits")} className="flex items-center gap-1">
      {DIGITS.map((d) => (
        <button
          key={d}
          type="submit"
          name="digits"
          value={d}
          disabled={pending}
          aria-pressed={d === current}
          className={switchButtonClass(d === current)}
        >
          {t(d === "KHMER" ? "khmer" : "latin")}
        </button>
      ))}
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-amber-200">
          {t("failed")}
        </p>
      ) : null}
    </form>
  );
}
