// use-intl/core, not next-intl: no React, so the report script can load it too (export-labels.ts).
import { createTranslator } from "use-intl/core";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { countryName, formatCalendarDate, formatDateTime, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { mergeMessages } from "@/lib/i18n/merge-messages";
import { figureValues, formatNumber, numeralsFor } from "@/lib/i18n/numerals";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { layoutTables } from "./layout-tables";
import type { TLayoutDocument } from "./types";

// One labelled view of a layout document, full or public, in English or Khmer: what its CSV and
// XLSX are made from, so they cannot disagree on a label or a row. The tables are in
// layout-tables.ts.

const messagesFor = (lang: Locale) => (lang === "en" ? en : (mergeMessages(en, km) as typeof en));

export function layoutTranslators(lang: Locale) {
  const messages = messagesFor(lang);
  return {
    t: createTranslator({ locale: lang, messages, namespace: "reportLayouts" }),
    enums: createTranslator({ locale: lang, messages, namespace: "enums" }),
    country: (code: string) => countryName(code, lang) ?? code,
    /** A count as people read it: grouped, in the file's digits. */
    num: (n: number) => formatNumber(n, numeralsFor(lang)),
  };
}
export type TLayoutTranslators = ReturnType<typeof layoutTranslators>;

/** The figures the definitions write ("under {n18}", "{n1} April"), in the file's digits. */
const DEFINITION_FIGURES = [1, 18, 31];

export function buildLayoutView(doc: TLayoutDocument, lang: Locale) {
  const tr = layoutTranslators(lang);
  const { t } = tr;
  const numerals = numeralsFor(lang);
  const num = (n: number) => formatNumber(n, numerals);
  const date = (d: string) => formatCalendarDate(d, lang, numerals) ?? d;
  const layout = t(`layoutNames.${doc.layout}`);
  const pub = doc.public ?? null;
  const period = { from: date(doc.period.from), to: date(doc.period.to) };
  const scope = doc.scope.national
    ? t("scopeNational")
    : t("scopeProvinces", {
        provinces: doc.scope.provinces
          .map(
            (iso) =>
              provinceName(PROVINCES.find((p) => p.id === provinceIdOfIso(iso)) ?? null, lang) ??
              iso,
          )
          .join(", "),
      });
  const lines = [
    t("period", period),
    t("generatedAt", { date: formatDateTime(new Date(doc.generatedAt), lang) }),
    scope,
    pub
      ? t("publicNote", { k: num(pub.k), one: num(1), kMinusOne: num(pub.k - 1) })
      : t("fullNote"),
  ];
  const figures = figureValues(DEFINITION_FIGURES, numerals);
  const enDefinitions = en.reportLayouts.definitions as Record<string, string>;
  // A definition in the catalogue's words only where the document states it as this version does
  // (as export-labels.ts's ruleTexts): an older document's own words are never mistranslated.
  const definitions = Object.entries(doc.rules.definitions).map(([key, text]) => {
    const current =
      Object.hasOwn(enDefinitions, key) &&
      createTranslator({ locale: "en", messages: en, namespace: "reportLayouts" })(
        `definitions.${key}` as "definitions.period",
        figureValues(DEFINITION_FIGURES, "latn"),
      ) === text;
    return {
      key,
      text: current ? t(`definitions.${key}` as "definitions.period", figures) : text,
    };
  });
  const rules = [
    { label: t("rules.layout"), value: layout },
    { label: t("rules.timeZone"), value: t("rules.timeZoneValue", { zone: doc.rules.timeZone }) },
    {
      label: t("rules.variant"),
      value: pub ? t("rules.variantPublic", { k: num(pub.k) }) : t("rules.variantFull"),
    },
    ...(pub ? [{ label: t("rules.publicRule"), value: `${pub.rule}: ${pub.description}` }] : []),
  ];
  const checks = doc.checks.map((c) => ({
    id: c.id,
    label: t(c.id.endsWith(".part") ? "checks.part" : "checks.sum", { id: c.id }),
    ok: c.ok,
    count: c.count ?? null,
    expected: c.expected ?? null,
  }));
  return {
    lang,
    numerals,
    layout: doc.layout,
    layoutName: layout,
    variant: pub ? ("public" as const) : ("full" as const),
    title: t(pub ? "titlePublic" : "title", { layout: t(`layouts.${doc.layout}`), ...period }),
    lines,
    tables: layoutTables(doc, tr),
    rules,
    definitions,
    checks,
    t,
  };
}
export type TLayoutView = ReturnType<typeof buildLayoutView>;

/** ctip-tip-2017-04-01-2018-03-31[-public-k11][-km].csv */
export function layoutFileName(
  doc: TLayoutDocument,
  options: { lang?: Locale; format: string },
): string {
  const pub = doc.public ? `-public-k${doc.public.k}` : "";
  const lang = options.lang ? `-${options.lang}` : "";
  return `ctip-${doc.layout}-${doc.period.from}-${doc.period.to}${pub}${lang}.${options.format}`;
}
