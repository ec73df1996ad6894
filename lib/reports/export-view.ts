// use-intl/core, not next-intl: no React, so the report script (react-server) can load it too.
import { createTranslator } from "use-intl/core";
import { PROVINCES, provinceIdOfIso } from "@/lib/domain/provinces";
import { countryName, formatDateTime, provinceName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { mergeMessages } from "@/lib/i18n/merge-messages";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { isPublicDocument, type TAnyReportDocument } from "./public-types";

// One labelled view of a report document, full or public, in English or Khmer: what the CSV,
// XLSX and print (PDF) exports are all made from, so they cannot disagree on a label or a row.
// The language is the export's own (?lang=), not the reader's UI cookie, so the catalogue is
// read directly rather than through the request.

export type TSectionId = "cases" | "arrests" | "victims" | "foreignSuspects" | "rescuedAbroad";
export type TBreakdownId =
  | "byOffence"
  | "byProvince"
  | "bySex"
  | "byAgeBand"
  | "byExploitation"
  | "byNationality"
  | "byCountry";
/** "" for a published figure; a suppressed cell; a breakdown published with no rows. */
export type TStatus = "" | "suppressed" | "withheld";

export type TViewRow = { key: string | null; label: string; count: number | null; status: TStatus };
export type TViewBreakdown = {
  id: `${TSectionId}.${TBreakdownId}`;
  section: TSectionId;
  dimension: TBreakdownId;
  title: string;
  rows: TViewRow[];
  withheld: boolean;
};
export type TViewTotal = {
  count: number | null;
  /** Null where the section has no comparison (foreign suspects) or it is suppressed. */
  previous: number | null;
  changePercent: number | null;
  /** The document's change ("+72.83%", "new", "none", "suppressed"), null with no comparison. */
  change: string | null;
  changeLabel: string;
  status: TStatus;
};
export type TViewExtra = {
  dimension: "topProvince" | "nationalities";
  key: string | null;
  label: string;
  count: number | null;
};
export type TViewSection = {
  id: TSectionId;
  title: string;
  total: TViewTotal;
  breakdowns: TViewBreakdown[];
  extras: TViewExtra[];
};
export type TViewCheck = {
  id: string;
  kind: "consistency" | "quality";
  label: string;
  ok: boolean;
  count: number | null;
  expected: number | null;
};

const messagesFor = (lang: Locale) => (lang === "en" ? en : (mergeMessages(en, km) as typeof en));

export function exportTranslator(lang: Locale) {
  return createTranslator({ locale: lang, messages: messagesFor(lang), namespace: "reportExport" });
}
export type TExportTranslator = ReturnType<typeof exportTranslator>;

function keyLabels(lang: Locale) {
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
  return {
    offence: (key: string) => enums(`OffenceType.${key}` as "OffenceType.OTHER"),
    sex: (key: string) => enums(`Sex.${key}` as "Sex.UNKNOWN"),
    band: (key: string) => bands(key as "unknown"),
    exploitation: (key: string) => enums(`ExploitationType.${key}` as "ExploitationType.OTHER"),
    province,
    nationality: (key: string | null) => country(key, "nationality"),
    country: (key: string | null) => country(key, "country"),
  };
}

type AnyRow = { count: number | null; suppressed?: true } & Record<string, unknown>;

/** The report as labelled sections, totals, checks and rules. */
export function buildReportView(doc: TAnyReportDocument, lang: Locale) {
  const t = exportTranslator(lang);
  const labels = keyLabels(lang);
  const pub = isPublicDocument(doc) ? doc.public : null;
  const withheld = new Set(pub?.withheld ?? []);

  const changeLabel = (change: string | null) =>
    change === null
      ? ""
      : change === "new"
        ? t("changeNew")
        : change === "none"
          ? t("changeNone")
          : change === "suppressed"
            ? t("changeSuppressed")
            : change;
  const total = (
    c: { total: number | null } & Partial<{
      previous: number | null;
      changePercent: number | null;
      change: string;
    }>,
  ): TViewTotal => ({
    count: c.total,
    previous: c.previous ?? null,
    changePercent: c.changePercent ?? null,
    change: c.change ?? null,
    changeLabel: changeLabel(c.change ?? null),
    status: c.total === null ? "suppressed" : "",
  });
  const breakdown = <D extends string>(
    section: TSectionId,
    dimension: TBreakdownId,
    rows: readonly AnyRow[],
    keyName: D,
    label: (key: string | null) => string,
  ): TViewBreakdown => {
    const id = `${section}.${dimension}` as const;
    return {
      id,
      section,
      dimension,
      title: t(`breakdowns.${dimension}`),
      withheld: withheld.has(id),
      rows: rows.map((r) => {
        const key = (r[keyName] as string | null) ?? null;
        return { key, label: label(key), count: r.count, status: r.suppressed ? "suppressed" : "" };
      }),
    };
  };
  const nonNull = (f: (key: string) => string) => (key: string | null) => (key ? f(key) : "");

  const top = doc.victims.topProvince;
  const sections: TViewSection[] = [
    {
      id: "cases",
      title: t("sections.cases"),
      total: total(doc.cases),
      breakdowns: [
        breakdown("cases", "byOffence", doc.cases.byOffence, "offence", nonNull(labels.offence)),
        breakdown("cases", "byProvince", doc.cases.byProvince, "province", labels.province),
      ],
      extras: [],
    },
    {
      id: "arrests",
      title: t("sections.arrests"),
      total: total(doc.arrests),
      breakdowns: [breakdown("arrests", "bySex", doc.arrests.bySex, "sex", nonNull(labels.sex))],
      extras: [],
    },
    {
      id: "victims",
      title: t("sections.victims"),
      total: total(doc.victims),
      breakdowns: [
        breakdown("victims", "byAgeBand", doc.victims.byAgeBand, "band", nonNull(labels.band)),
        breakdown("victims", "bySex", doc.victims.bySex, "sex", nonNull(labels.sex)),
        breakdown(
          "victims",
          "byExploitation",
          doc.victims.byExploitation,
          "exploitation",
          nonNull(labels.exploitation),
        ),
        breakdown("victims", "byProvince", doc.victims.byProvince, "province", labels.province),
      ],
      extras: top
        ? [
            {
              dimension: "topProvince",
              key: top.province,
              label: `${t("topProvince")}: ${labels.province(top.province)}`,
              count: top.count,
            },
          ]
        : [],
    },
    {
      id: "foreignSuspects",
      title: t("sections.foreignSuspects"),
      total: total(doc.foreignSuspects),
      breakdowns: [
        breakdown(
          "foreignSuspects",
          "byNationality",
          doc.foreignSuspects.byNationality,
          "country",
          labels.nationality,
        ),
      ],
      extras:
        doc.foreignSuspects.nationalities === null
          ? []
          : [
              {
                dimension: "nationalities",
                key: null,
                label: t("nationalities"),
                count: doc.foreignSuspects.nationalities,
              },
            ],
    },
    {
      id: "rescuedAbroad",
      title: t("sections.rescuedAbroad"),
      total: total(doc.rescuedAbroad),
      breakdowns: [
        breakdown(
          "rescuedAbroad",
          "byCountry",
          doc.rescuedAbroad.byCountry,
          "country",
          labels.country,
        ),
      ],
      extras: [],
    },
  ];

  const checkLabel = (id: string) => {
    const [head, tail] = id.split(".") as [string, string | undefined];
    if (head === "quality") {
      return tail && t.has(`checks.${tail}` as "checks.ok")
        ? t(`checks.${tail}` as "checks.ok")
        : id;
    }
    const section = sections.find((s) => s.id === head);
    const part = section?.breakdowns.find((b) => b.dimension === tail);
    return section && part ? t("checks.sum", { breakdown: `${section.title}, ${part.title}` }) : id;
  };
  const checks: TViewCheck[] = doc.checks.map((c) => ({
    id: c.id,
    kind: c.kind,
    label: checkLabel(c.id),
    ok: c.ok,
    count: "count" in c ? c.count : null,
    expected: "expected" in c ? (c.expected ?? null) : null,
  }));

  const scope = doc.scope.national
    ? t("scopeNational")
    : t("scopeProvinces", { provinces: doc.scope.provinces.map(labels.province).join(", ") });
  const comparison =
    doc.comparison.source === "live"
      ? t("comparisonLive")
      : t("comparisonPublished", {
          date: formatDateTime(new Date(doc.comparison.publishedAt), lang),
          revision: doc.comparison.revision,
        });
  const lines = [
    t("generatedAt", { date: formatDateTime(new Date(doc.generatedAt), lang) }),
    scope,
    comparison,
    ...(pub ? [t("publicNote", { k: pub.k, kMinusOne: pub.k - 1 })] : []),
  ];
  const rules = [
    { label: t("rules.timeZone"), value: doc.rules.timeZone },
    { label: t("rules.ageBandSet"), value: t(`rules.bandSets.${doc.rules.ageBandSet}`) },
    {
      label: t("rules.variant"),
      value: pub ? t("rules.variantPublic", { k: pub.k }) : t("rules.variantFull"),
    },
    ...(pub ? [{ label: t("rules.publicRule"), value: `${pub.rule}: ${pub.description}` }] : []),
  ];
  const definitions = Object.entries(doc.rules.definitions).map(([key, text]) => ({ key, text }));

  return {
    lang,
    year: doc.year,
    variant: pub ? ("public" as const) : ("full" as const),
    k: pub?.k ?? null,
    title: t(pub ? "titlePublic" : "title", { year: doc.year }),
    lines,
    sections,
    checks,
    rules,
    definitions,
    t,
  };
}
export type TReportView = ReturnType<typeof buildReportView>;

/** A count for people to read: grouped digits, "x" where suppressed. */
export function formatCount(view: TReportView, count: number | null): string {
  return count === null ? view.t("suppressedMark") : new Intl.NumberFormat(view.lang).format(count);
}

/** A file name for the export: ctip-report-2017[-public-k11][-ctdc][-km].csv */
export function exportFileName(
  doc: TAnyReportDocument,
  options: { lang?: Locale; format: string },
): string {
  const pub = isPublicDocument(doc) ? `-public-k${doc.public.k}` : "";
  const bands = doc.rules.ageBandSet === "ncct" ? "" : `-${doc.rules.ageBandSet}`;
  const lang = options.lang ? `-${options.lang}` : "";
  return `ctip-report-${doc.year}${pub}${bands}${lang}.${options.format}`;
}
