import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/actions/set-locale";
import { LOCALES } from "@/lib/i18n/locales";
import { switchButtonClass } from "./switch-button";

// A plain form, so switching language works before (or without) JavaScript.
export async function LocaleSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("locale")]);
  return (
    <form action={setLocale} aria-label={t("switch")} className="flex items-center gap-1">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={switchButtonClass(l === locale)}
        >
          {l === "en" ? "English" : "ខ្មែរ"}
        </button>
      ))}
    </form>
  );
}
