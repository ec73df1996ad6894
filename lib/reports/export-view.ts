import { calendarYearOf } from "@/lib/domain/period";
import type { Locale } from "@/lib/i18n/locales";
import { ageBandValues, formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import { formatNumber, formatYear, numeralsFor } from "@/lib/i18n/numerals";
import { exportTranslator, keyLabels, ruleTexts } from "./export-labels";
import { viewSections } from "./export-sections";
import type { TPublishedFacts, TViewCheck, TViewPublished } from "./export-view-types";
import { isPublicDocument, type TAnyReportDocument } from "./public-types";

// One labelled view of a report document, full or public, in English or Khmer: what the CSV,
// XLSX and print (PDF) exports are all made from, so they cannot disagree on a label or a row.
// The translator and key labels are in export-labels.ts, the sections in export-sections.ts and
// the types in export-view-types.ts; all are importable from here.

export { exportTranslator, type TExportTranslator } from "./export-labels";
export type * from "./export-view-types";

/** The report as labelled sections, totals, checks and rules; `published` when the view is a
 * published revision rebuilt from its stored document (decision 0031). */
export function buildReportView(
  doc: TAnyReportDocument,
  lang: Locale,
  published?: TPublishedFacts,
) {
  const t = exportTranslator(lang);
  const labels = keyLabels(lang);
  const texts = ruleTexts(lang);
  const pub = isPublicDocument(doc) ? doc.public : null;
  const withheld = new Set(pub?.withheld ?? []);

  const sections = viewSections(doc, t, labels, withheld);

  const checkLabel = (id: string) => {
    // A check with a sentence of its own (the services section's, decision 0035).
    const own = `checks.ids.${id.replaceAll(".", "_")}` as "checks.ok";
    if (t.has(own)) return t(own);
    const [head, tail] = id.split(".") as [string, string | undefined];
    if (head === "quality") {
      return tail && t.has(`checks.${tail}` as "checks.ok")
        ? t(`checks.${tail}` as "checks.ok")
        : id;
    }
    const section = sections.find((s) => s.id === head);
    const part = section?.breakdowns.find((b) => b.dimension === tail);
    // One sentence, "Cases cracked down by offence type add up to the total": the breakdown's
    // own title ("By offence type") is a heading, not a phrase to splice mid-sentence.
    return section && part
      ? t("checks.sum", { section: section.title, breakdown: t(`checks.by.${part.dimension}`) })
      : id;
  };
  // `?? []`: a stored document older than this code may lack a key (decision 0031).
  const checks: TViewCheck[] = (doc.checks ?? []).map((c) => ({
    id: c.id,
    kind: c.kind,
    label: checkLabel(c.id),
    ok: c.ok,
    count: "count" in c ? c.count : null,
    expected: "expected" in c ? (c.expected ?? null) : null,
  }));

  // A Khmer export writes its figures, dates and years in Khmer digits; its CSV and XLSX value
  // cells stay plain numbers (decision 0028).
  const numerals = numeralsFor(lang);
  const num = (n: number) => formatNumber(n, numerals);
  const scope = doc.scope.national
    ? t("scopeNational")
    : t("scopeProvinces", { provinces: doc.scope.provinces.map(labels.province).join(", ") });
  // A period other than a calendar year is named by its dates, and so is the one before it.
  const span = (p: { from: string; to: string }) =>
    t("periodRange", {
      from: formatCalendarDate(p.from, lang, numerals) ?? p.from,
      to: formatCalendarDate(p.to, lang, numerals) ?? p.to,
    });
  const period = doc.period && calendarYearOf(doc.period) === null ? doc.period : null;
  const comparison =
    doc.comparison.source === "live"
      ? period
        ? t("comparisonLivePeriod", { previous: span(period.previous) })
        : t("comparisonLive")
      : t("comparisonPublished", {
          date: formatDateTime(new Date(doc.comparison.publishedAt), lang),
          revision: num(doc.comparison.revision),
        });
  const about = published ? viewPublished(published, t, lang) : null;
  const lines = [
    ...(about ? about.rows.map((r) => `${r.label}${t("colon")} ${r.value}`) : []),
    t("generatedAt", { date: formatDateTime(new Date(doc.generatedAt), lang) }),
    scope,
    comparison,
    ...(pub ? [t("publicNote", { k: num(pub.k), one: num(1), kMinusOne: num(pub.k - 1) })] : []),
  ];
  const rules = [
    { label: t("rules.timeZone"), value: t("rules.timeZoneValue", { zone: doc.rules.timeZone }) },
    {
      label: t("rules.ageBandSet"),
      value: t(`rules.bandSets.${doc.rules.ageBandSet}`, ageBandValues(numerals)),
    },
    {
      label: t("rules.variant"),
      value: pub ? t("rules.variantPublic", { k: num(pub.k) }) : t("rules.variantFull"),
    },
    ...(pub
      ? [
          {
            label: t("rules.publicRule"),
            value: `${pub.rule}${t("colon")} ${texts.publicDescription(pub.description)}`,
          },
        ]
      : []),
  ];
  // Each definition labelled and stated in words; the key stays for machine-readable exports.
  const definitions = texts.definitions(doc.rules.definitions);

  return {
    lang,
    numerals,
    year: doc.year,
    variant: pub ? ("public" as const) : ("full" as const),
    k: pub?.k ?? null,
    title: period
      ? t(pub ? "titlePeriodPublic" : "titlePeriod", { period: span(period) })
      : t(pub ? "titlePublic" : "title", { year: formatYear(doc.year, numerals) }),
    lines,
    sections,
    checks,
    rules,
    definitions,
    published: about,
    t,
  };
}

/** The audit anchor as the files and headers carry it: "id:hash", "" when none was recorded. */
export function auditAnchorText(facts: Pick<TPublishedFacts, "auditAnchor">): string {
  return facts.auditAnchor ? `${facts.auditAnchor.id}:${facts.auditAnchor.hash}` : "";
}

/** The published copy's facts, labelled: the files' header lines and "About" rows. */
function viewPublished(
  facts: TPublishedFacts,
  t: ReturnType<typeof exportTranslator>,
  lang: Locale,
): TViewPublished {
  const numerals = numeralsFor(lang);
  const anchor = auditAnchorText(facts);
  return {
    ...facts,
    anchor,
    rows: [
      {
        key: "revision",
        label: t("published.revision"),
        value: t("published.revisionValue", {
          revision: formatNumber(facts.revision, numerals),
          year: formatYear(facts.year, numerals),
        }),
        code: String(facts.revision),
      },
      {
        key: "publishedAt",
        label: t("published.publishedAt"),
        value: t("published.publishedAtValue", { date: formatDateTime(facts.publishedAt, lang) }),
        code: facts.publishedAt.toISOString(),
      },
      { key: "sha256", label: t("published.sha256"), value: facts.sha256, code: facts.sha256 },
      {
        key: "auditAnchor",
        label: t("published.auditAnchor"),
        value: anchor || t("published.auditAnchorNone"),
        code: anchor,
      },
    ],
  };
}
export type TReportView = ReturnType<typeof buildReportView>;

/** A count for people to read: grouped digits (Khmer in Khmer), "x" where suppressed. */
export function formatCount(view: TReportView, count: number | null): string {
  return count === null ? view.t("suppressedMark") : formatNumber(count, view.numerals);
}

/** A file name for the export: ctip-report-2017[-public-k11][-ctdc][-km].csv */
export function exportFileName(
  doc: TAnyReportDocument,
  options: { lang?: Locale; format: string },
): string {
  const pub = isPublicDocument(doc) ? `-public-k${doc.public.k}` : "";
  const bands = doc.rules.ageBandSet === "ncct" ? "" : `-${doc.rules.ageBandSet}`;
  const lang = options.lang ? `-${options.lang}` : "";
  // A calendar year is named by its year; any other period by its dates.
  const period =
    doc.period && calendarYearOf(doc.period) === null
      ? `${doc.period.from}_${doc.period.to}`
      : String(doc.year);
  return `ctip-report-${period}${pub}${bands}${lang}.${options.format}`;
}
