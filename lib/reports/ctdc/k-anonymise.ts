// k-anonymity by global generalisation, then suppression (docs/decisions/0030). Every column is a
// quasi-identifier: after this, each combination of values in the output is held by at least k
// rows. Generalisation is global, as in CTDC's own release: one level per dimension, the same for
// every row. All the levels' combinations (a small lattice) are tried; the one that leaves fewest
// rows to suppress wins, ties going to the least generalised (the smallest sum of levels; among
// equal sums, the one that generalises the dimensions listed first: the dimensions are listed in
// the order they give way). Rows whose combination is still held by fewer than k are then
// suppressed whole: removing a group never shrinks another, so one pass is enough.

export type TRow = Readonly<Record<string, string>>;

/** One generalisation hierarchy. Level 0 leaves a row as it is; `levels[i]` is level i + 1 and
 * rewrites only this dimension's own columns, so dimensions compose in any order. */
export type TDimension<R extends TRow> = {
  name: string;
  levels: readonly ((row: R) => R)[];
};

export type TKAnonymity<R extends TRow> = {
  rows: R[];
  /** The level chosen for each dimension, by name. */
  levels: Record<string, number>;
  counts: {
    in: number;
    /** Rows written whose values the chosen levels changed. */
    generalised: number;
    suppressed: number;
    out: number;
  };
};

export const MIN_K = 2;

/** Refuses a k that could not protect anyone: k = 1 holds for every file. */
export function assertK(k: number): void {
  if (!Number.isInteger(k) || k < MIN_K) {
    throw new RangeError(`k must be a whole number of ${MIN_K} or more (got ${k}).`);
  }
}

/** Every combination of levels, in the order they are tried: least generalised first (the sum
 * of levels), then the first dimensions' levels highest. */
function latticeOf<R extends TRow>(dimensions: readonly TDimension<R>[]): number[][] {
  const nodes = dimensions.reduce<number[][]>(
    (all, d) =>
      all.flatMap((n) => Array.from({ length: d.levels.length + 1 }, (_, i) => [...n, i])),
    [[]],
  );
  const sum = (node: number[]) => node.reduce((a, b) => a + b, 0);
  const firstHigher = (a: number[], b: number[]) => {
    const i = a.findIndex((level, j) => level !== b[j]);
    return i < 0 ? 0 : b[i]! - a[i]!;
  };
  return nodes.sort((a, b) => sum(a) - sum(b) || firstHigher(a, b));
}

function generalise<R extends TRow>(row: R, dimensions: readonly TDimension<R>[], node: number[]) {
  return dimensions.reduce((r, d, i) => (node[i]! > 0 ? d.levels[node[i]! - 1]!(r) : r), row);
}

const keyOf = (row: TRow, columns: readonly string[]) =>
  columns.map((c) => row[c] ?? "").join("\u0000");

function groupSizes(keys: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  return sizes;
}

export function kAnonymise<R extends TRow>(
  rows: readonly R[],
  dimensions: readonly TDimension<R>[],
  k: number,
): TKAnonymity<R> {
  assertK(k);
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  let best: { node: number[]; rows: R[]; keys: string[]; suppressed: number } | undefined;
  for (const node of latticeOf(dimensions)) {
    const general = rows.map((r) => generalise(r, dimensions, node));
    const keys = general.map((r) => keyOf(r, columns));
    const sizes = groupSizes(keys);
    const suppressed = keys.filter((key) => sizes.get(key)! < k).length;
    if (!best || suppressed < best.suppressed) best = { node, rows: general, keys, suppressed };
    if (suppressed === 0) break;
  }
  const chosen = best ?? { node: dimensions.map(() => 0), rows: [], keys: [], suppressed: 0 };
  const sizes = groupSizes(chosen.keys);
  const kept = chosen.rows
    .map((row, i) => ({ row, key: chosen.keys[i]!, original: keyOf(rows[i]!, columns) }))
    .filter((r) => sizes.get(r.key)! >= k)
    // Sorted by value, so the file's order says nothing about when or where a record was entered.
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    rows: kept.map((r) => r.row),
    levels: Object.fromEntries(dimensions.map((d, i) => [d.name, chosen.node[i]!])),
    counts: {
      in: rows.length,
      generalised: kept.filter((r) => r.key !== r.original).length,
      suppressed: rows.length - kept.length,
      out: kept.length,
    },
  };
}
