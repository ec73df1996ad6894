"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useNumerals } from "@/components/ui/numerals";
import { formatNumber } from "@/lib/i18n/numerals";
import type { ActionResult } from "@/lib/auth/guard-core";

type Match = {
  id: string;
  label: string;
  dateOfBirth: string | null;
  sex: string;
  caseId: string | null;
  score: number;
};

/** Likely existing records of the same person, with the user's three choices: open a match,
 * save and link as the same person, or save anyway. The buttons submit the enclosing form. */
export function DuplicatePanel({
  state,
  kind,
}: {
  state: ActionResult<unknown> | undefined;
  kind: "victim" | "suspect";
}) {
  const t = useTranslations("duplicates");
  const tEnum = useTranslations("enums");
  const numerals = useNumerals();
  if (!state || state.ok || state.messageKey !== "possibleDuplicates") return null;
  const matches = (state.details ?? []) as Match[];
  const href = (m: Match) => (kind === "victim" ? `/victims/${m.id}` : `/cases/${m.caseId}`);
  return (
    <section
      aria-labelledby={`${kind}-duplicates`}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <h3 id={`${kind}-duplicates`} className="font-medium">
        {t("title")}
      </h3>
      <ul className="space-y-2">
        {matches.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {m.label} · {tEnum(`Sex.${m.sex}`)} · {m.dateOfBirth ?? t("noBirthDate")} ·{" "}
              {t("likeness", {
                percent: formatNumber(Math.min(100, Math.round(m.score * 100)), numerals),
              })}
            </span>
            <Link className="text-brand-700 underline" href={href(m)} target="_blank">
              {t("open", { label: m.label })}
            </Link>
            <button
              type="submit"
              name="sameAs"
              value={m.id}
              className="rounded border border-slate-400 bg-white px-2 py-1"
            >
              {t("link", { label: m.label })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="submit"
        name="duplicateCheck"
        value="skip"
        className="rounded border border-slate-400 bg-white px-2 py-1 text-sm"
      >
        {t("saveAnyway")}
      </button>
    </section>
  );
}
