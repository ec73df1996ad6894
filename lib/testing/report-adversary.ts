import type { TPublicReportDocument } from "@/lib/reports/public-types";
import type { TReportDocument } from "@/lib/reports/types";

// An attacker against the public variant, for tests. Given a breakdown's published cells, its
// total and what is known of each suppressed cell (a primary one is in 1..k−1, a complementary one
// ≥ k: the worst case, where the attacker can tell them apart), it finds every value each
// suppressed cell can take. Independent of suppress-cells.ts's closed form on purpose.

export type TKnownCell = { lo: number; hi: number };

/** Every assignment of the suppressed cells adding up to `remainder`, enumerated one by one. */
export function enumerateFeasible(cells: TKnownCell[], remainder: number, budget = 2_000_000) {
  const seen = cells.map(() => new Set<number>());
  const values: number[] = [];
  let steps = 0;
  const walk = (i: number, left: number) => {
    if (++steps > budget) throw new Error("enumeration budget exceeded");
    if (i === cells.length) {
      if (left === 0) values.forEach((v, j) => seen[j]!.add(v));
      return;
    }
    const { lo, hi } = cells[i]!;
    if (i === cells.length - 1) {
      // The last cell can only be what is left; trying every value would find the same.
      if (left >= lo && left <= hi) {
        values[i] = left;
        walk(i + 1, 0);
      }
      return;
    }
    for (let v = lo; v <= Math.min(hi, left); v++) {
      values[i] = v;
      walk(i + 1, left - v);
    }
  };
  walk(0, remainder);
  return seen;
}

/** The same answer by dynamic programming over reachable sums, for breakdowns too big to list. */
export function reachableFeasible(cells: TKnownCell[], remainder: number) {
  const reach = (subset: TKnownCell[]) => {
    let sums = new Set([0]);
    for (const { lo, hi } of subset) {
      const next = new Set<number>();
      for (const s of sums) for (let v = lo; v <= Math.min(hi, remainder - s); v++) next.add(s + v);
      sums = next;
    }
    return sums;
  };
  return cells.map((cell, j) => {
    const others = reach(cells.filter((_, i) => i !== j));
    const values = new Set<number>();
    for (let v = cell.lo; v <= Math.min(cell.hi, remainder); v++) {
      if (others.has(remainder - v)) values.add(v);
    }
    return values;
  });
}

type Pair = { truth: number; shown: number | null; cap?: number };

/**
 * Problems the attacker finds in one breakdown (empty when none): a small count published, a
 * published count changed, or a suppressed cell with fewer than two feasible values.
 */
export function attackBreakdown(id: string, total: number, pairs: Pair[], k: number): string[] {
  const problems: string[] = [];
  pairs.forEach((p, i) => {
    if (p.shown !== null && p.shown !== p.truth) problems.push(`${id}[${i}] altered`);
    if (p.shown !== null && p.truth > 0 && p.truth < k) problems.push(`${id}[${i}] small shown`);
  });
  const hidden = pairs.filter((p) => p.shown === null);
  if (hidden.length === 0) return problems;
  const remainder = total - pairs.reduce((n, p) => n + (p.shown ?? 0), 0);
  const known = hidden.map((p) =>
    p.truth < k
      ? { lo: 1, hi: Math.min(k - 1, p.cap ?? Infinity) }
      : { lo: k, hi: Math.min(p.cap ?? Infinity, remainder) },
  );
  const small = hidden.length <= 6 && remainder <= 200;
  const feasible = small
    ? enumerateFeasible(known, remainder)
    : reachableFeasible(known, remainder);
  feasible.forEach((values, j) => {
    if (!values.has(hidden[j]!.truth)) problems.push(`${id}: the truth is not feasible`);
    if (values.size < 2) problems.push(`${id}: a suppressed cell is determined (${[...values]})`);
  });
  return problems;
}

type Breakdown = { id: string; total: number; shownTotal: number | null; rows: Pair[] };

function pairUp<R extends { count: number }, P extends { count: number | null }>(
  full: R[],
  shown: P[],
  keyOf: (r: R | P) => string | null,
  cap?: (r: R) => number | undefined,
): Pair[] {
  return full.map((r) => ({
    truth: r.count,
    shown: shown.find((p) => keyOf(p) === keyOf(r))?.count ?? null,
    cap: cap?.(r),
  }));
}

/** Every breakdown of the two documents, row by row. */
export function breakdownsOf(full: TReportDocument, pub: TPublicReportDocument): Breakdown[] {
  const top = pub.victims.topProvince;
  const k =
    <T extends Record<string, unknown>>(name: keyof T) =>
    (r: T) =>
      (r[name] as string | null) ?? null;
  const nationality = (r: { group: string; country: string | null }) =>
    `${r.group}:${r.country ?? ""}`;
  const bandSex = (r: { band: string; sex: string }) => `${r.band}:${r.sex}`;
  return [
    {
      id: "cases.byOffence",
      total: full.cases.total,
      shownTotal: pub.cases.total,
      rows: pairUp(full.cases.byOffence, pub.cases.byOffence, k("offence")),
    },
    {
      id: "cases.byProvince",
      total: full.cases.total,
      shownTotal: pub.cases.total,
      rows: pairUp(full.cases.byProvince, pub.cases.byProvince, k("province")),
    },
    {
      id: "arrests.bySex",
      total: full.arrests.total,
      shownTotal: pub.arrests.total,
      rows: pairUp(full.arrests.bySex, pub.arrests.bySex, k("sex")),
    },
    {
      id: "victims.byAgeBand",
      total: full.victims.total,
      shownTotal: pub.victims.total,
      rows: pairUp(full.victims.byAgeBand, pub.victims.byAgeBand, k("band")),
    },
    {
      id: "victims.bySex",
      total: full.victims.total,
      shownTotal: pub.victims.total,
      rows: pairUp(full.victims.bySex, pub.victims.bySex, k("sex")),
    },
    {
      id: "victims.byExploitation",
      total: full.victims.total,
      shownTotal: pub.victims.total,
      rows: pairUp(full.victims.byExploitation, pub.victims.byExploitation, k("exploitation")),
    },
    {
      id: "victims.byProvince",
      total: full.victims.total,
      shownTotal: pub.victims.total,
      rows: pairUp(full.victims.byProvince, pub.victims.byProvince, k("province"), (r) =>
        top && r.province !== null ? top.count : undefined,
      ),
    },
    {
      id: "foreignSuspects.byNationality",
      total: full.foreignSuspects.total,
      shownTotal: pub.foreignSuspects.total,
      rows: pairUp(
        full.foreignSuspects.byNationality,
        pub.foreignSuspects.byNationality,
        k("country"),
      ),
    },
    {
      id: "prosecutions.bySex",
      total: full.prosecutions.total,
      shownTotal: pub.prosecutions.total,
      rows: pairUp(full.prosecutions.bySex, pub.prosecutions.bySex, k("sex")),
    },
    {
      id: "prosecutions.byNationality",
      total: full.prosecutions.total,
      shownTotal: pub.prosecutions.total,
      rows: pairUp(full.prosecutions.byNationality, pub.prosecutions.byNationality, nationality),
    },
    {
      id: "convictions.bySex",
      total: full.convictions.total,
      shownTotal: pub.convictions.total,
      rows: pairUp(full.convictions.bySex, pub.convictions.bySex, k("sex")),
    },
    {
      id: "convictions.byNationality",
      total: full.convictions.total,
      shownTotal: pub.convictions.total,
      rows: pairUp(full.convictions.byNationality, pub.convictions.byNationality, nationality),
    },
    {
      id: "convictions.bySentence",
      total: full.convictions.total,
      shownTotal: pub.convictions.total,
      rows: pairUp(full.convictions.bySentence, pub.convictions.bySentence, k("band")),
    },
    {
      id: "victims.byNationality",
      total: full.victims.total,
      shownTotal: pub.victims.total,
      rows: pairUp(full.victims.byNationality, pub.victims.byNationality, k("country")),
    },
    {
      // Published whole or withheld: every cell shown must be 0 or ≥ k.
      id: "victims.byAgeBandAndSex",
      total: full.victims.total,
      shownTotal: pub.victims.total,
      rows: pairUp(full.victims.byAgeBandAndSex, pub.victims.byAgeBandAndSex, bandSex),
    },
    {
      id: "rescuedAbroad.bySex",
      total: full.rescuedAbroad.total,
      shownTotal: pub.rescuedAbroad.total,
      rows: pairUp(full.rescuedAbroad.bySex, pub.rescuedAbroad.bySex, k("sex")),
    },
    {
      id: "rescuedAbroad.byCountry",
      total: full.rescuedAbroad.total,
      shownTotal: pub.rescuedAbroad.total,
      rows: pairUp(full.rescuedAbroad.byCountry, pub.rescuedAbroad.byCountry, k("country")),
    },
  ];
}

/** Everything the attacker can recover from a public document: empty when nothing. */
export function attackPublicReport(full: TReportDocument, pub: TPublicReportDocument): string[] {
  const k = pub.public.k;
  const suspended = pub.convictions.suspended;
  const parts =
    suspended !== null && suspended > 0 && suspended < k
      ? ["convictions.suspended: small shown"]
      : [];
  return parts.concat(
    breakdownsOf(full, pub).flatMap((b) => {
      const problems: string[] = [];
      if (b.shownTotal !== null && b.shownTotal !== b.total)
        problems.push(`${b.id}: total altered`);
      if (b.shownTotal !== null && b.total > 0 && b.total < k)
        problems.push(`${b.id}: small total`);
      if (pub.public.withheld.includes(b.id)) {
        // No rows at all: the attacker knows only the total and the possible keys.
        if (b.rows.some((r) => r.shown !== null)) problems.push(`${b.id}: withheld but shown`);
        return problems;
      }
      if (b.shownTotal === null) return [...problems, `${b.id}: rows of a suppressed total`];
      return [...problems, ...attackBreakdown(b.id, b.total, b.rows, k)];
    }),
  );
}
