"use client";

import { useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import "@fontsource-variable/noto-sans-khmer";
import "./globals.css";

// Shown when the root layout itself fails, so no message provider is there: the page reads the
// language cookie and the two catalogues' error texts directly. Like the page-level error, it
// never shows the error's text, only its digest.
const CATALOGUES = { en: en.errors, km: km.errors };

function cookieLocale() {
  const value = document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.split("=")[1];
  return isLocale(value) ? value : "en";
}

export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale = useSyncExternalStore(
    () => () => {},
    cookieLocale,
    () => "en" as const,
  );
  const t = CATALOGUES[locale];
  return (
    <html lang={locale}>
      <body>
        <main id="main" role="alert" className="mx-auto max-w-xl space-y-3 px-4 py-16">
          <h1 className="text-xl font-semibold">{t.pageFailedTitle}</h1>
          <p>{t.unexpected.replace("{ref}", error.digest ?? "—")}</p>
          <button
            type="button"
            onClick={reset}
            className="rounded border border-slate-400 bg-white px-3 py-1"
          >
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
