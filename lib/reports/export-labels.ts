// use-intl/core, not next-intl: no React, so the report script (react-server) can load it too.
import { createTranslator } from "use-intl/core";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { ageBandValues, countryName, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { mergeMessages } from "@/lib/i18n/merge-messages";
import { SENTENCE_BAND_FIGURES } from "@/lib/domain/sentence-bands";
import { figureValues, formatNumber, numeralsFor } from "@/lib/i18n/numerals";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { REPORT_DEFINITIONS } from "./assemble";
import { SERVICES_DEFINITIONS } from "./services-section";
import { PUBLIC_DESCRIPTION } from "./suppress";

// The export's translator and the labels of breakdown keys. The language is the export's own
// (?lang=), not the reader's UI cookie, so the catalogue is read directly rather than through
// the request.

const messagesFor = (lang: Locale) => (lang === "en" ? en : (mergeMessages(en, km) as typeof en));

export function exportTranslator(lang: Locale) {
  return createTranslator({ locale: lang, messages: messagesFor(lang), namespace: "reportExport" });
}
export type TExportTranslator = ReturnType<typeof exportTranslator>;

export function keyLabels(lang: Locale) {
  const t = exportTranslator(lang);
  const enums = createTranslator({ locale: lang, messages: messagesFor(lang), namespace: "enums" });
  const bands = createTranslator({
    locale: lang,
    messages: messagesFor(lang),
    namespace: "filters.ageBands",
  });
  const province = (iso: string | null) => {
    if (iso === null) return t("unspecifiedProvince");
    return provinceName(PROVINCES.find((p) => p.id === provinceIdOfIso(iso)) ?? null, lang) ?? iso;
  };
  const country = (code: string | null, unspecified: "nationality" | "country") =>
    code === null
      ? t(unspecified === "country" ? "unspecifiedCountry" : "unspecifiedNationality")
      : (countryName(code, lang) ?? code);
  const sentences = createTranslator({
    locale: lang,
    messages: messagesFor(lang),
    namespace: "filters.sentenceBands",
  });
  const band = (key: string) => bands(key as "unknown", ageBandValues(numeralsFor(lang)));
  const sex = (key: string) => enums(`Sex.${key}` as "Sex.UNKNOWN");
  return {
    offence: (key: string) => enums(`OffenceType.${key}` as "OffenceType.OTHER"),
    sex,
    band,
    /** "under15|FEMALE": the band and the sex. */
    bandSex: (key: string) => {
      const [b, s] = key.split("|") as [string, string];
      return `${band(b)} · ${sex(s)}`;
    },
    sentence: (key: string) =>
      sentences(key as "unknown", figureValues(SENTENCE_BAND_FIGURES, numeralsFor(lang))),
    /** "cambodian|KH", "foreign|TH", "foreign|", "unspecified|". */
    suspectNationality: (key: string) => {
      const [group, code] = key.split("|") as [string, string];
      if (group === "unspecified") return t("unknownNationality");
      if (group === "foreign" && !code) return t("foreignUnspecifiedNationality");
      return countryName(code, lang) ?? code;
    },
    exploitation: (key: string) => enums(`ExploitationType.${key}` as "ExploitationType.OTHER"),
    service: (key: string) => enums(`ServiceType.${key}` as "ServiceType.OTHER"),
    reintegration: (key: string) =>
      enums(`ReintegrationStatus.${key}` as "ReintegrationStatus.IN_PROGRESS"),
    province,
    nationality: (key: string | null) => country(key, "nationality"),
    country: (key: string | null) => country(key, "country"),
  };
}
export type TKeyLabels = ReturnType<typeof keyLabels>;

type TDefinitionKey = keyof typeof en.reportExport.rules.definitionTexts;

/**
 * The report's rules in the reader's language. The document states them in English, in words
 * that are fixed once it is hashed and published (REPORT_DEFINITIONS, PUBLIC_DESCRIPTION). A view
 * states a rule in the catalogue's words only where the document states it as this version does:
 * a rule the catalogue lacks, or one an older document worded otherwise, shows the document's own
 * words, never the translation of a different rule. (The English catalogue names the time zone
 * as users read it, "Phnom Penh time", where the document gives its id.)
 */
export function ruleTexts(lang: Locale) {
  const t = exportTranslator(lang);
  const current: Record<string, string> = { ...REPORT_DEFINITIONS, ...SERVICES_DEFINITIONS };
  const isCurrent = (key: string, text: string): key is TDefinitionKey =>
    Object.hasOwn(current, key) &&
    current[key] === text &&
    Object.hasOwn(en.reportExport.rules.definitionTexts, key);
  return {
    /** Each definition with its label in words and its text, in the document's order. */
    definitions: (definitions: Record<string, string>) =>
      Object.entries(definitions).map(([key, text]) => ({
        key,
        label: t.has(`rules.definitions.${key}` as "rules.definitions.year")
          ? t(`rules.definitions.${key}` as "rules.definitions.year")
          : key,
        text: isCurrent(key, text) ? t(`rules.definitionTexts.${key}`) : text,
      })),
    publicDescription: (text: string) =>
      text === PUBLIC_DESCRIPTION
        ? t("rules.publicDescription", { one: formatNumber(1, numeralsFor(lang)) })
        : text,
  };
}
