// Small-cell suppression of ONE breakdown whose cells add up to a published total. Pure integer
// arithmetic; the document-level rules (totals, zeros, scrubbing) are in suppress.ts and the
// reasoning in docs/decisions/0014-public-variant-small-cell-suppression.md.
//
// The attacker is assumed to know the published cells, the total, k, and, the worst case, which
// suppressed cells are primary (a count in 1..k−1) and which complementary (a count ≥ k), plus
// any published upper bound on a cell (`caps`: the top province's count bounds every province).
// Zeros are published, so nothing suppressed is 0. With one equation (the sum) and an interval
// per cell, the values a cell can take form an interval, so "at least two feasible values" is a
// closed-form check rather than a search.

export type TCellRole = "published" | "primary" | "complementary";

/** Each cell's role, or "withheld": no suppression pattern protects it, so publish no cell. */
export type TCellSuppression = TCellRole[] | "withheld";

type Bounds = { lo: number; hi: number };

/** What the attacker knows of a suppressed cell of this role, under a published bound `cap`. */
export function attackerBounds(role: Exclude<TCellRole, "published">, k: number, cap = Infinity) {
  return role === "primary" ? { lo: 1, hi: Math.min(k - 1, cap) } : { lo: k, hi: cap };
}

/**
 * The values suppressed cell `j` can take given the others' bounds and that the suppressed cells
 * add up to `remainder` (the total minus the published cells): [min, max], inclusive.
 */
export function feasibleRange(bounds: Bounds[], remainder: number, j: number): [number, number] {
  let othersLo = 0;
  let othersHi = 0;
  bounds.forEach((b, i) => {
    if (i === j) return;
    othersLo += b.lo;
    othersHi += b.hi;
  });
  const own = bounds[j]!;
  return [Math.max(own.lo, remainder - othersHi), Math.min(own.hi, remainder - othersLo)];
}

/** True when no suppressed cell is pinned to a single value (vacuously true with none). */
export function isProtected(
  counts: number[],
  roles: TCellRole[],
  k: number,
  caps: readonly number[] = [],
) {
  const suppressed = roles.flatMap((role, i) => (role === "published" ? [] : [i]));
  if (suppressed.length === 0) return true;
  const bounds = suppressed.map((i) =>
    attackerBounds(roles[i] as Exclude<TCellRole, "published">, k, caps[i]),
  );
  const remainder = suppressed.reduce((n, i) => n + counts[i]!, 0);
  return suppressed.every((_, j) => {
    const [min, max] = feasibleRange(bounds, remainder, j);
    return max - min >= 1;
  });
}

/**
 * Primary suppression of every count in 1..k−1, then complementary suppression: while some
 * suppressed cell is still determined, add the smallest published cell (≥ k) that protects every
 * one, else the smallest one and try again. Zeros are never suppressed (they describe no one and,
 * being published, tell the attacker nothing the rule does not). When even suppressing every
 * non-zero cell leaves one determined, the breakdown is withheld whole.
 */
export function suppressCells(
  counts: number[],
  k: number,
  caps: readonly number[] = [],
): TCellSuppression {
  const roles: TCellRole[] = counts.map((c) => (c > 0 && c < k ? "primary" : "published"));
  const candidates = counts
    .map((count, i) => ({ count, i }))
    .filter((c) => c.count >= k)
    .sort((a, b) => a.count - b.count || a.i - b.i)
    .map((c) => c.i);
  const withRole = (i: number) => roles.map((r, j) => (j === i ? "complementary" : r));
  while (!isProtected(counts, roles, k, caps)) {
    const completing = candidates.find((i) => isProtected(counts, withRole(i), k, caps));
    const next = completing ?? candidates[0];
    if (next === undefined) return "withheld";
    roles[next] = "complementary";
    candidates.splice(candidates.indexOf(next), 1);
  }
  return roles;
}
