import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "./messages/en.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";
import { mergeMessages } from "./merge-messages";

// The locale lives in a cookie rather than the URL: record pages are shared by link between
// colleagues who read them in different languages. Khmer strings not yet translated fall back to
// English, so a partial catalogue never shows a raw key.
export default getRequestConfig(async () => {
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const messages =
    locale === "en" ? en : mergeMessages(en, (await import(`./messages/${locale}.json`)).default);
  return { locale, messages, timeZone: "Asia/Phnom_Penh" };
});
