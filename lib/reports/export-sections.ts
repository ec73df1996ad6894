import type { TExportTranslator, TKeyLabels } from "./export-labels";
import type {
  TBreakdownId,
  TSectionId,
  TViewBreakdown,
  TViewSection,
  TViewTotal,
} from "./export-view-types";
import type { TAnyReportDocument } from "./public-types";
import { servicesSections } from "./export-services";

// The report's sections as the exports show them: each total with its change, each breakdown's
// labelled rows (withheld ones marked), and the extras (top province, nationalities).
// A published copy is rebuilt from its stored document, which may be older than this code
// (decision 0031): a section or breakdown the document lacks is left out, never rendered as
// zero and never an error. Add a new section or breakdown the same way.

type AnyNationalityRow = {
  group: string;
  country: string | null;
  count: number | null;
  suppressed?: true;
};
type AnyRow = { count: number | null; suppressed?: true } & Record<string, unknown>;

/** The labelled sections of a report, in the order the exports show them. */
export function viewSections(
  doc: TAnyReportDocument,
  t: TExportTranslator,
  labels: TKeyLabels,
  withheld: ReadonlySet<string>,
): TViewSection[] {
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
    rows: readonly AnyRow[] | undefined,
    keyName: D,
    label: (key: string | null) => string,
  ): TViewBreakdown | null => {
    if (!Array.isArray(rows)) return null;
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

  const present = (...parts: (TViewBreakdown | null)[]) =>
    parts.filter((b): b is TViewBreakdown => b !== null);
  // Optional at run time whatever the type says: see the comment at the top.
  const stored = doc as Partial<TAnyReportDocument>;
  const top = stored.victims?.topProvince ?? null;
  /** Rows keyed by two columns, as one key ("foreign|TH", "under15|FEMALE"). */
  const joined = <R extends { count: number | null; suppressed?: true }>(
    rows: readonly R[] | undefined,
    keyOf: (r: R) => string,
  ): AnyRow[] | undefined => rows?.map((r): AnyRow => ({ ...r, key: keyOf(r) }));
  const nationalityKey = (r: { group: string; country: string | null }) =>
    `${r.group}|${r.country ?? ""}`;
  const sections: (TViewSection | undefined)[] = [
    stored.cases && {
      id: "cases",
      title: t("sections.cases"),
      total: total(doc.cases),
      breakdowns: present(
        breakdown("cases", "byOffence", doc.cases.byOffence, "offence", nonNull(labels.offence)),
        breakdown("cases", "byProvince", doc.cases.byProvince, "province", labels.province),
      ),
      extras: [],
    },
    stored.arrests && {
      id: "arrests",
      title: t("sections.arrests"),
      total: total(doc.arrests),
      breakdowns: present(
        breakdown("arrests", "bySex", doc.arrests.bySex, "sex", nonNull(labels.sex)),
      ),
      extras: [],
    },
    stored.prosecutions && {
      id: "prosecutions",
      title: t("sections.prosecutions"),
      total: total(doc.prosecutions),
      breakdowns: present(
        breakdown("prosecutions", "bySex", doc.prosecutions.bySex, "sex", nonNull(labels.sex)),
        breakdown(
          "prosecutions",
          "byNationality",
          joined<AnyNationalityRow>(doc.prosecutions.byNationality, nationalityKey),
          "key",
          nonNull(labels.suspectNationality),
        ),
      ),
      extras: [],
    },
    stored.convictions && {
      id: "convictions",
      title: t("sections.convictions"),
      total: total(doc.convictions),
      breakdowns: present(
        breakdown("convictions", "bySex", doc.convictions.bySex, "sex", nonNull(labels.sex)),
        breakdown(
          "convictions",
          "byNationality",
          joined<AnyNationalityRow>(doc.convictions.byNationality, nationalityKey),
          "key",
          nonNull(labels.suspectNationality),
        ),
        breakdown(
          "convictions",
          "bySentence",
          doc.convictions.bySentence,
          "band",
          nonNull(labels.sentence),
        ),
      ),
      extras: [
        {
          dimension: "suspended",
          key: null,
          label: t("suspended"),
          count: doc.convictions.suspended,
        },
      ],
    },
    stored.victims && {
      id: "victims",
      title: t("sections.victims"),
      total: total(doc.victims),
      breakdowns: present(
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
        breakdown(
          "victims",
          "byNationality",
          doc.victims.byNationality,
          "country",
          labels.nationality,
        ),
        breakdown(
          "victims",
          "byAgeBandAndSex",
          joined(doc.victims.byAgeBandAndSex, (r) => `${r.band}|${r.sex}`),
          "key",
          nonNull(labels.bandSex),
        ),
      ),
      extras: top
        ? [
            {
              dimension: "topProvince",
              key: top.province,
              label: `${t("topProvince")}${t("colon")} ${labels.province(top.province)}`,
              count: top.count,
            },
          ]
        : [],
    },
    stored.foreignSuspects && {
      id: "foreignSuspects",
      title: t("sections.foreignSuspects"),
      total: total(doc.foreignSuspects),
      breakdowns: present(
        breakdown(
          "foreignSuspects",
          "byNationality",
          doc.foreignSuspects.byNationality,
          "country",
          labels.nationality,
        ),
      ),
      extras:
        doc.foreignSuspects.nationalities == null
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
    stored.rescuedAbroad && {
      id: "rescuedAbroad",
      title: t("sections.rescuedAbroad"),
      total: total(doc.rescuedAbroad),
      breakdowns: present(
        breakdown(
          "rescuedAbroad",
          "byCountry",
          doc.rescuedAbroad.byCountry,
          "country",
          labels.country,
        ),
        breakdown("rescuedAbroad", "bySex", doc.rescuedAbroad.bySex, "sex", nonNull(labels.sex)),
      ),
      extras: [],
    },
    ...servicesSections(stored.services, total, breakdown, labels, t),
  ];
  return sections.filter((section): section is TViewSection => Boolean(section));
}
