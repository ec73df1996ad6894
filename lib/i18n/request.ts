import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "./messages/en.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { mergeMessages, missingKeys } from "./merge-messages";

// The locale lives in a cookie rather than the URL: record pages are shared by link between
// colleagues who read them in different languages. Every catalogue has every English key (a unit
// test holds them to it); the merge over English is only a safety net for a key added to en.json
// and not yet translated, and in development it says which keys it filled in, once per language.
const reported = new Set<Locale>();

export default getRequestConfig(async () => {
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  if (locale === "en") return { locale, messages: en, timeZone: "Asia/Phnom_Penh" };
  const own = (await import(`./messages/${locale}.json`)).default;
  if (process.env.NODE_ENV === "development" && !reported.has(locale)) {
    reported.add(locale);
    const missing = missingKeys(en, own);
    if (missing.length > 0)
      console.warn(
        `[i18n] ${locale}.json lacks ${missing.length} keys, shown in English:`,
        missing,
      );
  }
  return { locale, messages: mergeMessages(en, own), timeZone: "Asia/Phnom_Penh" };
});
