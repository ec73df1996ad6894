import { K_MAX, K_MIN } from "@/lib/domain/suppression";
import { PUBLIC_RULE } from "../public-types";
import { suppressCells } from "../suppress-cells";
import {
  GLOTIP_STAGES,
  type TFullCell,
  type TFullLayoutDocument,
  type TGlotipLayout,
  type TGlotipPersons,
  type TGlotipStage,
  type TGlotipVictims,
  type TLayoutCell,
  type TLayoutDocument,
  type TTipLayout,
} from "./types";

// The layouts' public variant, by the annual report's rule (suppress.ts, decision 0014): a count
// of 1..k−1 is suppressed, totals included; zeros are published; in every breakdown of a published
// total, complementary cells are suppressed until no suppressed cell can be worked out from the
// total and the others (suppress-cells.ts), else the breakdown is withheld. In addition:
// - TIP's labour share is a breakdown of its total into labour and the rest: the rest is never
//   published, yet total − labour would give it, so the labour figure is hidden when either part
//   is small (and the rest is complementary-suppressed by not being published at all);
// - a cross-table (GLOTIP's victims by sex × age group × form × citizenship, and persons by sex ×
//   citizenship) is published whole or withheld whole: withheld when any cell is small, since
//   protecting one cell of a multi-way table with published margins needs a search over linked
//   tables; its margins are then published as separate breakdowns of the total, which share
//   nothing but the total, so each is protected on its own;
// - foreign victims by country are a breakdown of the foreign victims' count; ranked with the
//   published rows most first and the suppressed ones by code, so a row's place says nothing.
// Each cell keeps its record list's address, which says nothing about the count.

export const LAYOUT_PUBLIC_DESCRIPTION =
  "Counts from 1 to k−1 are suppressed, totals included, and enough other cells of each breakdown are suppressed that no suppressed count can be worked out from its total and the published cells. Zeros are published. A labour share is hidden when it or the rest of its total is small. A cross-table is published whole, or withheld whole when any of its cells is small; its margins are then published as breakdowns of the total. A breakdown that cannot be protected, or whose total is suppressed, is withheld.";

const isSmall = (count: number, k: number) => count > 0 && count < k;

function hide<C extends TFullCell>(cell: C): Omit<C, "count"> & TLayoutCell {
  return { ...cell, count: null, suppressed: true };
}

class LayoutSuppressor {
  readonly withheld: string[] = [];
  constructor(readonly k: number) {}

  total<C extends TFullCell>(cell: C) {
    return isSmall(cell.count, this.k) ? hide(cell) : cell;
  }

  /** One breakdown of `total` (suppressed: null). */
  rows<C extends TFullCell>(id: string, rows: C[], total: TLayoutCell) {
    const roles =
      total.count === null
        ? "withheld"
        : suppressCells(
            rows.map((r) => r.count),
            this.k,
          );
    if (roles === "withheld") {
      this.withheld.push(id);
      return rows.map(hide);
    }
    return rows.map((r, i) => (roles[i] === "published" ? r : hide(r)));
  }

  /** A cross-table: whole, or withheld whole. */
  crossTable<C extends TFullCell>(id: string, cells: C[], total: TLayoutCell) {
    if (total.count !== null && !cells.some((c) => isSmall(c.count, this.k))) return cells;
    this.withheld.push(id);
    return cells.map(hide);
  }
}

function rankByCountry<R extends TLayoutCell & { country: string }>(rows: R[]): R[] {
  const published = rows
    .filter((r) => r.count !== null)
    .sort((a, b) => b.count! - a.count! || a.country.localeCompare(b.country));
  const hidden = rows
    .filter((r) => r.count === null)
    .sort((a, b) => a.country.localeCompare(b.country));
  return [...published, ...hidden];
}

function suppressTip(doc: TTipLayout<TFullCell>, s: LayoutSuppressor): TTipLayout {
  const figure = (f: TTipLayout<TFullCell>["prosecutions"], id: string) => {
    const total = s.total(f.total);
    const [labour] = s.rows(
      id,
      [f.labour, { ...f.labour, count: f.total.count - f.labour.count }],
      total,
    );
    return { total, labour: labour! };
  };
  return {
    ...doc,
    investigations: figure(doc.investigations, "investigations.labour"),
    prosecutions: figure(doc.prosecutions, "prosecutions.labour"),
    convictions: figure(doc.convictions, "convictions.labour"),
    victimsIdentified: figure(doc.victimsIdentified, "victimsIdentified.labour"),
  };
}

function suppressVictims(v: TGlotipVictims<TFullCell>, s: LayoutSuppressor): TGlotipVictims {
  const total = s.total(v.total);
  const byCitizenship = s.rows("victims.byCitizenship", v.byCitizenship, total);
  const foreign = byCitizenship.find((c) => c.citizenship === "foreign")!;
  return {
    total,
    bySex: s.rows("victims.bySex", v.bySex, total),
    byAgeGroup: s.rows("victims.byAgeGroup", v.byAgeGroup, total),
    byForm: s.rows("victims.byForm", v.byForm, total),
    byCitizenship,
    foreignByCountry: rankByCountry(
      s.rows("victims.foreignByCountry", v.foreignByCountry, foreign),
    ),
    cells: s.crossTable("victims.cells", v.cells, total),
  };
}

function suppressPersons(
  p: TGlotipPersons<TFullCell>,
  stage: TGlotipStage,
  s: LayoutSuppressor,
): TGlotipPersons {
  const total = s.total(p.total);
  return {
    total,
    bySex: s.rows(`persons.${stage}.bySex`, p.bySex, total),
    byCitizenship: s.rows(`persons.${stage}.byCitizenship`, p.byCitizenship, total),
    cells: s.crossTable(`persons.${stage}.cells`, p.cells, total),
  };
}

function suppressGlotip(doc: TGlotipLayout<TFullCell>, s: LayoutSuppressor): TGlotipLayout {
  return {
    ...doc,
    victims: suppressVictims(doc.victims, s),
    persons: Object.fromEntries(
      GLOTIP_STAGES.map((stage) => [stage, suppressPersons(doc.persons[stage], stage, s)]),
    ) as TGlotipLayout["persons"],
  };
}

/** The public layout for `doc`, with small cells suppressed at threshold `k` (3..50). */
export function suppressLayout(doc: TFullLayoutDocument, k: number): TLayoutDocument {
  if (!Number.isInteger(k) || k < K_MIN || k > K_MAX) {
    throw new RangeError(`k must be a whole number from ${K_MIN} to ${K_MAX}`);
  }
  const s = new LayoutSuppressor(k);
  const body = doc.layout === "tip" ? suppressTip(doc, s) : suppressGlotip(doc, s);
  return {
    ...body,
    checks: doc.checks.map(({ id, ok }) => ({ id, ok })),
    public: { k, rule: PUBLIC_RULE, description: LAYOUT_PUBLIC_DESCRIPTION, withheld: s.withheld },
  };
}
