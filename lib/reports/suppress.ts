import { PUBLIC_RULE, type TPublicChange, type TPublicReportDocument } from "./public-types";
import { K_DEFAULT, K_MAX, K_MIN } from "@/lib/domain/suppression";
import { suppressCells } from "./suppress-cells";
import { suppressServices } from "./suppress-services";
import type { TChange, TReportDocument } from "./types";

// The public variant: the same document with every small count hidden, as CTDC publishes its
// aggregates (k-anonymity, k = 11). The rule, stated in docs/report-format.md ("Public variant"):
// - a count of 1..k−1 is suppressed (count null, `suppressed: true`), totals included;
// - zeros are published: they describe no one, and a suppressed cell is then known to be ≥ 1;
// - in every breakdown of a published total, complementary cells are suppressed until no
//   suppressed cell can be worked out from the total and the others (suppress-cells.ts); if none
//   can be, and for every breakdown of a suppressed total, the breakdown is withheld (no rows);
// - a change is suppressed with either of its figures, since total and change give the previous;
// - ranked breakdowns list published rows most first, then suppressed ones by code, so a row's
//   place says nothing of its count;
// - checks keep only pass or fail; the previous snapshot's hash goes (it would let one test
//   guesses of that year's hidden cells); the top province only when its own row is published.

export { K_DEFAULT, K_MAX, K_MIN };

export const PUBLIC_DESCRIPTION =
  "Counts from 1 to k−1 are suppressed, totals included, and enough other cells of each breakdown are suppressed that no suppressed count can be worked out from its total and the published cells, even knowing which suppressed counts are below k. Zeros are published. A breakdown that cannot be protected so, or whose total is suppressed, is withheld. Changes are suppressed with either of their figures; checks show only pass or fail.";

export const isSmall = (count: number, k: number) => count > 0 && count < k;

function publicChange(c: TChange, k: number): TPublicChange {
  const total = isSmall(c.total, k) ? null : c.total;
  const previous = isSmall(c.previous, k) ? null : c.previous;
  if (total === null || previous === null) {
    return { total, previous, changePercent: null, change: "suppressed" };
  }
  return { total, previous, changePercent: c.changePercent, change: c.change };
}

type Row = { count: number };
type Suppressed<R extends Row> = Omit<R, "count"> & { count: number | null; suppressed?: true };

export class Suppressor {
  readonly withheld: string[] = [];
  constructor(readonly k: number) {}

  /** One breakdown of `total` (null when the total itself is suppressed). */
  rows<R extends Row>(
    id: string,
    rows: R[],
    total: number | null,
    options: { keyOf?: (row: Omit<R, "count">) => string | null; caps?: number[] } = {},
  ): Suppressed<R>[] {
    const roles =
      total === null
        ? "withheld"
        : suppressCells(
            rows.map((r) => r.count),
            this.k,
            options.caps,
          );
    if (roles === "withheld") {
      this.withheld.push(id);
      return [];
    }
    const out: Suppressed<R>[] = rows.map((r, i) =>
      roles[i] === "published" ? r : { ...r, count: null, suppressed: true as const },
    );
    const keyOf = options.keyOf;
    return keyOf ? rankPublic(out, keyOf) : out;
  }
}

/** Published rows most first, suppressed ones by code, the unspecified row (key null) last. */
function rankPublic<R extends { count: number | null }>(rows: R[], keyOf: (r: R) => string | null) {
  const code = (r: R) => keyOf(r) ?? "";
  const known = rows.filter((r) => keyOf(r) !== null);
  const published = known
    .filter((r) => r.count !== null)
    .sort((a, b) => b.count! - a.count! || code(a).localeCompare(code(b)));
  const hidden = known
    .filter((r) => r.count === null)
    .sort((a, b) => code(a).localeCompare(code(b)));
  return [...published, ...hidden, ...rows.filter((r) => keyOf(r) === null)];
}

/** The public document for `doc`, with small cells suppressed at threshold `k` (3..50). */
export function suppressReport(doc: TReportDocument, k: number = K_DEFAULT): TPublicReportDocument {
  if (!Number.isInteger(k) || k < K_MIN || k > K_MAX) {
    throw new RangeError(`k must be a whole number from ${K_MIN} to ${K_MAX}`);
  }
  const s = new Suppressor(k);
  const cases = publicChange(doc.cases, k);
  const arrests = publicChange(doc.arrests, k);
  const victims = publicChange(doc.victims, k);
  const abroad = publicChange(doc.rescuedAbroad, k);
  const foreignTotal = isSmall(doc.foreignSuspects.total, k) ? null : doc.foreignSuspects.total;
  const prosecutions = publicChange(doc.prosecutions, k);
  const convictions = publicChange(doc.convictions, k);
  const nationalityKey = (r: { group: string; country: string | null }) =>
    r.group === "unspecified" ? null : `${r.group}:${r.country ?? ""}`;
  const crossTab = doc.victims.byAgeBandAndSex;
  const crossTabSafe = victims.total !== null && !crossTab.some((r) => isSmall(r.count, k));
  if (!crossTabSafe) s.withheld.push("victims.byAgeBandAndSex");

  // A published top province bounds every other province's count; the attacker may use that.
  const top = doc.victims.topProvince;
  const provinceCaps = doc.victims.byProvince.map((r) =>
    top && r.province !== null ? top.count : Infinity,
  );
  const victimsByProvince = s.rows("victims.byProvince", doc.victims.byProvince, victims.total, {
    keyOf: (r) => r.province,
    caps: provinceCaps,
  });
  const topRow = top && victimsByProvince.find((r) => r.province === top.province);
  const byNationality = s.rows(
    "foreignSuspects.byNationality",
    doc.foreignSuspects.byNationality,
    foreignTotal,
    { keyOf: (r) => r.country },
  );
  const c = doc.comparison;
  const comparison: TPublicReportDocument["comparison"] =
    c.source === "published"
      ? { source: c.source, publishedAt: c.publishedAt, revision: c.revision }
      : { source: c.source };

  return {
    format: doc.format,
    year: doc.year,
    period: doc.period,
    generatedAt: doc.generatedAt,
    scope: doc.scope,
    rules: doc.rules,
    comparison,
    cases: {
      ...cases,
      byOffence: s.rows("cases.byOffence", doc.cases.byOffence, cases.total),
      byProvince: s.rows("cases.byProvince", doc.cases.byProvince, cases.total, {
        keyOf: (r) => r.province,
      }),
    },
    arrests: { ...arrests, bySex: s.rows("arrests.bySex", doc.arrests.bySex, arrests.total) },
    prosecutions: {
      ...prosecutions,
      bySex: s.rows("prosecutions.bySex", doc.prosecutions.bySex, prosecutions.total),
      byNationality: s.rows(
        "prosecutions.byNationality",
        doc.prosecutions.byNationality,
        prosecutions.total,
        { keyOf: nationalityKey },
      ),
    },
    convictions: {
      ...convictions,
      bySex: s.rows("convictions.bySex", doc.convictions.bySex, convictions.total),
      byNationality: s.rows(
        "convictions.byNationality",
        doc.convictions.byNationality,
        convictions.total,
        { keyOf: nationalityKey },
      ),
      bySentence: s.rows("convictions.bySentence", doc.convictions.bySentence, convictions.total),
      // A part of the total with no breakdown of its own: hidden when small or when the total is.
      suspended:
        convictions.total === null || isSmall(doc.convictions.suspended, k)
          ? null
          : doc.convictions.suspended,
    },
    victims: {
      ...victims,
      byAgeBand: s.rows("victims.byAgeBand", doc.victims.byAgeBand, victims.total),
      bySex: s.rows("victims.bySex", doc.victims.bySex, victims.total),
      byExploitation: s.rows("victims.byExploitation", doc.victims.byExploitation, victims.total),
      byProvince: victimsByProvince,
      topProvince: top && topRow?.count != null ? { ...top } : null,
      byNationality: s.rows("victims.byNationality", doc.victims.byNationality, victims.total, {
        keyOf: (r) => r.country,
      }),
      byAgeBandAndSex: crossTabSafe ? crossTab : [],
    },
    foreignSuspects: {
      total: foreignTotal,
      // The number of known-nationality rows listed, so it tells nothing the rows do not.
      nationalities: byNationality.length > 0 ? doc.foreignSuspects.nationalities : null,
      byNationality,
    },
    rescuedAbroad: {
      ...abroad,
      byCountry: s.rows("rescuedAbroad.byCountry", doc.rescuedAbroad.byCountry, abroad.total, {
        keyOf: (r) => r.country,
      }),
      bySex: s.rows("rescuedAbroad.bySex", doc.rescuedAbroad.bySex, abroad.total),
    },
    ...(doc.services ? { services: suppressServices(s, doc.services) } : {}),
    checks: doc.checks.map(({ id, kind, ok }) => ({ id, kind, ok })),
    public: { k, rule: PUBLIC_RULE, description: PUBLIC_DESCRIPTION, withheld: s.withheld },
  };
}
