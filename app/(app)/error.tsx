"use client";

import { useTranslations } from "next-intl";

// Shown when a page fails while rendering. The message never carries the error's text (which may
// hold record data); the digest lets an administrator find the logged error.
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="max-w-xl space-y-3 rounded-md border border-red-300 bg-red-50 p-4">
      <h1 className="text-xl font-semibold">{t("pageFailedTitle")}</h1>
      <p>{t("unexpected", { ref: error.digest ?? "—" })}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded border border-slate-400 bg-white px-3 py-1"
      >
        {t("retry")}
      </button>
    </div>
  );
}
