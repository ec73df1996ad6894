import { describe, expect, it } from "vitest";
import { GLOTIP_FORMS } from "@/lib/domain/exploitation-groups";
import { tipPeriod, yearPeriod } from "@/lib/domain/period";
import { attackBreakdown } from "@/lib/testing/report-adversary";
import { countNear, KS, random } from "@/lib/testing/report-random";
import {
  assembleGlotipLayout,
  VICTIM_SETS,
  type TGlotipCounts,
  type TVictimGroupRow,
} from "./glotip-assemble";
import { suppressLayout } from "./suppress-layout";
import { assembleTipLayout, type TTipCounts } from "./tip-assemble";
import {
  CITIZENSHIPS,
  GLOTIP_AGE_GROUPS,
  GLOTIP_SEXES,
  GLOTIP_STAGES,
  TIP_FIGURES,
  type TFullCell,
  type TGlotipLayout,
  type TLayoutCell,
  type TTipLayout,
} from "./types";

const scope = { national: true, provinces: [] };
const generatedAt = new Date("2026-01-01T00:00:00Z");

function tipDoc(counts: TTipCounts) {
  return assembleTipLayout({ period: tipPeriod(2017), counts, scope, generatedAt });
}

const tipCounts = (f: (figure: string) => [number, number]): TTipCounts =>
  Object.fromEntries(
    TIP_FIGURES.map((name) => {
      const [total, labour] = f(name);
      return [name, { total, labour }];
    }),
  ) as TTipCounts;

/** Problems an attacker finds in a public TIP layout, knowing the full one's truth. */
function attackTip(full: TTipLayout<TFullCell>, pub: TTipLayout, k: number): string[] {
  return TIP_FIGURES.flatMap((f) => {
    const { total, labour } = full[f];
    const shown = pub[f];
    const problems: string[] = [];
    if (shown.total.count === null) {
      if (!(total.count > 0 && total.count < k)) problems.push(`${f} total hidden needlessly`);
      if (shown.labour.count !== null) problems.push(`${f} labour shown under a hidden total`);
      return problems;
    }
    // Withheld (no suppression pattern protects it): nothing but the total is published.
    if (pub.public?.withheld.includes(`${f}.labour`)) return problems;
    // The rest of the total is published in effect (total − labour) when the labour share is,
    // else it is a suppressed cell of the breakdown.
    const rest = total.count - labour.count;
    return attackBreakdown(
      `${f}.labour`,
      total.count,
      [
        { truth: labour.count, shown: shown.labour.count },
        {
          truth: rest,
          shown: shown.labour.count === null ? null : shown.total.count - shown.labour.count,
        },
      ],
      k,
    );
  });
}

function glotipCounts(rand: () => number, k: number): TGlotipCounts {
  const rows: TVictimGroupRow[] = [];
  const row = (grp: number, parts: Partial<TVictimGroupRow>, n: number) =>
    rows.push({
      grp,
      sex: null,
      age: null,
      form: null,
      citizenship: null,
      country: null,
      n,
      ...parts,
    });
  const margins = new Map<string, number>();
  const add = (key: string, n: number) => margins.set(key, (margins.get(key) ?? 0) + n);
  for (const sex of GLOTIP_SEXES)
    for (const age of GLOTIP_AGE_GROUPS)
      for (const { form } of GLOTIP_FORMS)
        for (const citizenship of CITIZENSHIPS) {
          const n = rand() < 0.12 ? countNear(rand, k) : 0;
          if (n === 0) continue;
          row(VICTIM_SETS.cells, { sex, age, form, citizenship }, n);
          [`sex:${sex}`, `age:${age}`, `form:${form}`, `cit:${citizenship}`, "total"].forEach((m) =>
            add(m, n),
          );
        }
  for (const [key, n] of margins) {
    const [dim, value] = key.split(":") as [string, string];
    if (dim === "total") row(VICTIM_SETS.total, {}, n);
    if (dim === "sex") row(VICTIM_SETS.sex, { sex: value }, n);
    if (dim === "age") row(VICTIM_SETS.ageGroup, { age: value }, n);
    if (dim === "form") row(VICTIM_SETS.form, { form: value }, n);
    if (dim === "cit") row(VICTIM_SETS.citizenship, { citizenship: value }, n);
  }
  // The foreign victims over some countries.
  let foreign = margins.get("cit:foreign") ?? 0;
  for (const country of ["CN", "TH", "VN"]) {
    const n = country === "VN" ? foreign : Math.min(foreign, countNear(rand, k));
    if (n > 0) row(VICTIM_SETS.country, { country }, n);
    foreign -= n;
  }
  const persons = Object.fromEntries(
    GLOTIP_STAGES.map((stage) => {
      const cells = Object.fromEntries(
        CITIZENSHIPS.map((c) => [
          c,
          Object.fromEntries(GLOTIP_SEXES.map((s) => [s, rand() < 0.5 ? countNear(rand, k) : 0])),
        ]),
      ) as Record<(typeof CITIZENSHIPS)[number], Record<string, number>>;
      const bySex = Object.fromEntries(
        GLOTIP_SEXES.map((s) => [s, CITIZENSHIPS.reduce((n, c) => n + cells[c][s]!, 0)]),
      );
      const byCitizenship = Object.fromEntries(
        CITIZENSHIPS.map((c) => [c, Object.values(cells[c]).reduce((n, v) => n + v, 0)]),
      ) as Record<(typeof CITIZENSHIPS)[number], number>;
      const total = Object.values(byCitizenship).reduce((n, v) => n + v, 0);
      return [stage, { total, bySex, byCitizenship, cells }];
    }),
  ) as TGlotipCounts["persons"];
  return { victims: rows, persons };
}

type Shown = TLayoutCell[];

/** Problems in one breakdown of a GLOTIP table: the attacker's, and a cross-table half shown. */
function attackGlotip(full: TGlotipLayout<TFullCell>, pub: TGlotipLayout, k: number): string[] {
  const problems: string[] = [];
  const breakdown = (
    id: string,
    total: TFullCell,
    shownTotal: TLayoutCell,
    rows: TFullCell[],
    shown: Shown,
    keyOf: (c: TLayoutCell) => string,
  ) => {
    if (shownTotal.count === null) {
      if (!(total.count > 0 && total.count < k) && id.endsWith("total"))
        problems.push(`${id} hidden needlessly`);
      if (shown.some((c) => c.count !== null)) problems.push(`${id} shown under a hidden total`);
      return;
    }
    // Withheld whole: nothing but the total, which tells nothing of a row.
    if (shown.every((c) => c.count === null)) return;
    const byKey = new Map(shown.map((c) => [keyOf(c), c.count]));
    problems.push(
      ...attackBreakdown(
        id,
        total.count,
        rows.map((r) => ({ truth: r.count, shown: byKey.get(keyOf(r)) ?? null })),
        k,
      ),
    );
  };
  const crossTable = (id: string, rows: TFullCell[], shown: Shown) => {
    const published = shown.filter((c) => c.count !== null).length;
    if (published !== 0 && published !== rows.length) problems.push(`${id} half shown`);
    if (published > 0 && rows.some((r) => r.count > 0 && r.count < k))
      problems.push(`${id} small shown`);
    shown.forEach((c, i) => {
      if (c.count !== null && c.count !== rows[i]!.count) problems.push(`${id}[${i}] altered`);
    });
  };
  const v = full.victims;
  const pv = pub.victims;
  const key =
    (...names: string[]) =>
    (c: TLayoutCell) =>
      names.map((n) => (c as unknown as Record<string, string>)[n]).join("|");
  breakdown("victims.bySex", v.total, pv.total, v.bySex, pv.bySex, key("sex"));
  breakdown("victims.byAgeGroup", v.total, pv.total, v.byAgeGroup, pv.byAgeGroup, key("ageGroup"));
  breakdown("victims.byForm", v.total, pv.total, v.byForm, pv.byForm, key("form"));
  breakdown(
    "victims.byCitizenship",
    v.total,
    pv.total,
    v.byCitizenship,
    pv.byCitizenship,
    key("citizenship"),
  );
  const foreign = v.byCitizenship.find((c) => c.citizenship === "foreign")!;
  const shownForeign = pv.byCitizenship.find((c) => c.citizenship === "foreign")!;
  breakdown(
    "victims.foreignByCountry",
    foreign,
    shownForeign,
    v.foreignByCountry,
    pv.foreignByCountry,
    key("country"),
  );
  crossTable("victims.cells", v.cells, pv.cells);
  for (const stage of GLOTIP_STAGES) {
    const p = full.persons[stage];
    const pp = pub.persons[stage];
    breakdown(`${stage}.bySex`, p.total, pp.total, p.bySex, pp.bySex, key("sex"));
    breakdown(
      `${stage}.byCitizenship`,
      p.total,
      pp.total,
      p.byCitizenship,
      pp.byCitizenship,
      key("citizenship"),
    );
    crossTable(`${stage}.cells`, p.cells, pp.cells);
  }
  return problems;
}

describe("the TIP layout's public variant", () => {
  const k = 11;
  const pub = (total: number, labour: number) => {
    const doc = suppressLayout(tipDoc(tipCounts(() => [total, labour])), k) as TTipLayout;
    return [doc.prosecutions.total.count, doc.prosecutions.labour.count];
  };

  it("hides a small total and its labour share", () => expect(pub(5, 2)).toEqual([null, null]));

  it("hides a small labour share", () => expect(pub(40, 3)).toEqual([40, null]));

  it("hides a labour share whose rest is small, since total − labour would give the rest", () =>
    expect(pub(40, 37)).toEqual([40, null]));

  it("publishes a zero share and large ones", () => {
    expect(pub(40, 0)).toEqual([40, 0]);
    expect(pub(40, 20)).toEqual([40, 20]);
  });

  it("leaves the attacker nothing to work out, over random counts", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = random(seed);
      const k = KS[seed % KS.length]!;
      const full = tipDoc(
        tipCounts(() => {
          const labour = countNear(rand, k);
          return [labour + countNear(rand, k), labour];
        }),
      );
      const shown = suppressLayout(full, k) as TTipLayout;
      expect({ seed, problems: attackTip(full, shown, k) }).toEqual({ seed, problems: [] });
    }
  });
});

describe("the GLOTIP layout's public variant", () => {
  const doc = (counts: TGlotipCounts) =>
    assembleGlotipLayout({ period: yearPeriod(2017), counts, scope, generatedAt });

  it("withholds a cross-table with a small cell whole, and keeps its margins protected", () => {
    const counts = glotipCounts(random(7), 11);
    const full = doc(counts);
    const shown = suppressLayout(full, 11) as TGlotipLayout;
    expect(full.victims.cells.some((c) => c.count > 0 && c.count < 11)).toBe(true);
    expect(shown.victims.cells.every((c) => c.count === null && c.suppressed)).toBe(true);
    expect(shown.public?.withheld).toContain("victims.cells");
    expect(shown.victims.total.count).toBe(full.victims.total.count);
    expect(shown.checks.every((c) => !("count" in c))).toBe(true);
  });

  it("leaves the attacker nothing to work out, over random counts", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rand = random(seed);
      const k = KS[seed % KS.length]!;
      const full = doc(glotipCounts(rand, k));
      expect(full.checks.filter((c) => !c.ok)).toEqual([]);
      const shown = suppressLayout(full, k) as TGlotipLayout;
      expect({ seed, problems: attackGlotip(full, shown, k) }).toEqual({ seed, problems: [] });
    }
  });

  it("publishes a cross-table with no small cell whole", () => {
    const full = doc(glotipCounts(random(3), 1_000_000));
    // With k = 3 and every count made ≥ 3 or 0, nothing is suppressed.
    const big = structuredClone(full);
    for (const c of big.persons.suspected.cells) c.count = c.count === 0 ? 0 : c.count + 3;
    big.persons.suspected.total.count = big.persons.suspected.cells.reduce(
      (n, c) => n + c.count,
      0,
    );
    const shown = suppressLayout(big, 3) as TGlotipLayout;
    expect(shown.persons.suspected.cells.map((c) => c.count)).toEqual(
      big.persons.suspected.cells.map((c) => c.count),
    );
  });

  it("refuses a k outside 3..50", () => {
    expect(() => suppressLayout(tipDoc(tipCounts(() => [1, 0])), 2)).toThrow(RangeError);
  });
});
