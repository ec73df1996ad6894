import type { TReportDocument } from "./types";

// A report's figures as flat paths ("victims.byAgeBand.under15" → 138), so a published snapshot
// and the live report can be compared figure by figure. Only the year's own counts are figures:
// the year before, the change, the checks, the rules and the generation time are not, because
// they move for reasons that are no correction of this year's records (e.g. the year before
// being published). The top province is left out too: it is read from the province breakdown.

/** What a figure is, for a label: the section, the figure in it, and the breakdown's row. */
export type TFigureLabel = {
  section: string;
  /** "total", "nationalities", or the breakdown ("byAgeBand"). */
  figure: string;
  /** The breakdown's dimension ("band", "sex", "province", "country", …). */
  dimension?: string;
  /** The row: a band, an enum value, an ISO code; null is the "unspecified" remainder. */
  key?: string | null;
  /** Rows keyed by more than one column (band and sex; group and country): the others. */
  outer?: { dimension: string; key: string | null }[];
};

export type TFigureChange = {
  path: string;
  label: TFigureLabel;
  published: number;
  current: number;
};

const NOT_FIGURES = new Set(["previous", "changePercent", "change", "topProvince"]);
const SECTIONS = [
  "cases",
  "arrests",
  "prosecutions",
  "convictions",
  "victims",
  "foreignSuspects",
  "rescuedAbroad",
  // Its totals and reintegration rows; byType's rows hold two figures and no `count`, so they are
  // not compared (decision 0035). Snapshots from before referrals have no services section.
  "services",
] as const;
export const UNSPECIFIED = "unspecified";

type Row = Record<string, unknown> & { count: number };

function isRow(value: unknown): value is Row {
  return typeof value === "object" && value !== null && typeof (value as Row).count === "number";
}

/** Every figure of the report, by path. */
export function flattenFigures(
  document: Pick<TReportDocument, (typeof SECTIONS)[number]>,
): Map<string, { value: number; label: TFigureLabel }> {
  const out = new Map<string, { value: number; label: TFigureLabel }>();
  for (const section of SECTIONS) {
    for (const [figure, value] of Object.entries(document[section] ?? {})) {
      if (NOT_FIGURES.has(figure)) continue;
      if (typeof value === "number") {
        out.set(`${section}.${figure}`, { value, label: { section, figure } });
      } else if (Array.isArray(value)) {
        for (const row of value.filter(isRow)) {
          // A row is keyed by every column but its count: one (a band) or more (band and sex),
          // in the order of their names: a stored document (jsonb) keeps no key order.
          const dimensions = Object.keys(row)
            .filter((k) => k !== "count" && k !== "suppressed")
            .sort();
          const dimension = dimensions.at(-1);
          if (!dimension) continue;
          const keyOf = (d: string) => (row[d] == null ? null : String(row[d]));
          const key = keyOf(dimension);
          const path = dimensions.map((d) => keyOf(d) ?? UNSPECIFIED).join(".");
          const outer = dimensions.slice(0, -1).map((d) => ({ dimension: d, key: keyOf(d) }));
          out.set(`${section}.${figure}.${path}`, {
            value: row.count,
            label: { section, figure, dimension, key, ...(outer.length ? { outer } : {}) },
          });
        }
      }
    }
  }
  return out;
}

/**
 * The figures that differ, in the report's order of sections. A row missing from one side counts as 0 there: ranked breakdowns leave out rows
 * whose count is 0.
 */
export function diffFigures(
  published: Parameters<typeof flattenFigures>[0],
  current: Parameters<typeof flattenFigures>[0],
): TFigureChange[] {
  const before = flattenFigures(published);
  const after = flattenFigures(current);
  const changes: TFigureChange[] = [];
  // A snapshot published before a section or breakdown existed says nothing of it: its figures
  // are not changes since publication.
  const stated = (label: TFigureLabel) => {
    const section = (published as Record<string, Record<string, unknown> | undefined>)[
      label.section
    ];
    return section !== undefined && section !== null && label.figure in section;
  };
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(path);
    const a = after.get(path);
    const label = (b ?? a)!.label;
    if (!stated(label)) continue;
    if ((b?.value ?? 0) !== (a?.value ?? 0)) {
      changes.push({ path, label, published: b?.value ?? 0, current: a?.value ?? 0 });
    }
  }
  // Rows that appeared only since go with their own section, not after every other section.
  const order = (c: TFigureChange) =>
    SECTIONS.indexOf(c.label.section as (typeof SECTIONS)[number]);
  return changes.sort((x, y) => order(x) - order(y));
}
