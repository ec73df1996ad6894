// Keyset (cursor) pagination: a page continues after the last row of the previous one, compared on
// the sort keys, so rows inserted or deleted meanwhile neither repeat nor skip rows as OFFSET would.
// Written once over an abstract "where" type W, for Prisma inputs and for SQL fragments alike.

/** Rows on one page of a record list (cases, suspects, victims). */
export const LIST_PAGE_SIZE = 50;

export type KeyType = "date" | "text" | "uuid";

/** One sort key. Nullable keys sort nulls last in both directions; the last key is unique. */
export type KeysetKey<W> = {
  type: KeyType;
  /** The "is null" condition, or null for a column that cannot be null. */
  isNull: W | null;
  /** Strictly after `value` in this key's direction. */
  after: (value: string) => W;
  equals: (value: string) => W;
};

export type Combine<W> = { and: (parts: W[]) => W; or: (parts: W[]) => W };

/** Rows strictly after the row whose sort-key values are `values`, in the keys' order. */
export function keysetAfter<W>(
  keys: readonly KeysetKey<W>[],
  values: readonly (string | null)[],
  combine: Combine<W>,
): W {
  const disjuncts: W[] = [];
  const samePrefix: W[] = [];
  keys.forEach((key, i) => {
    const value = values[i] ?? null;
    if (value === null) {
      // Within the nulls (which come last) only a later key can move forward.
      if (key.isNull) samePrefix.push(key.isNull);
      return;
    }
    const later = key.isNull ? combine.or([key.after(value), key.isNull]) : key.after(value);
    disjuncts.push(combine.and([...samePrefix, later]));
    samePrefix.push(key.equals(value));
  });
  return combine.or(disjuncts);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function validValue(type: KeyType, value: unknown, nullable: boolean): boolean {
  if (value === null) return nullable;
  if (typeof value !== "string" || value.length > 200) return false;
  if (type === "uuid") return UUID.test(value);
  if (type === "date") return ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
  return true;
}

/** An opaque cursor: the sort it belongs to and the last row's key values. */
export function encodeCursor(sort: string, values: readonly (string | null)[]): string {
  return Buffer.from(JSON.stringify([sort, ...values]), "utf8").toString("base64url");
}

/**
 * The key values in `cursor`, or null when it is unreadable, was made for another sort, or does not
 * fit the keys (a hand-edited or stale link): the list then starts at its first page.
 */
export function decodeCursor<W>(
  cursor: string | undefined,
  sort: string,
  keys: readonly KeysetKey<W>[],
): (string | null)[] | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== keys.length + 1)
    return null;
  const values = parsed.slice(1) as unknown[];
  const ok = keys.every((k, i) => validValue(k.type, values[i], k.isNull !== null));
  return ok ? (values as (string | null)[]) : null;
}

/** A date key's value in a cursor. */
export function instantValue(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

/** One page from `size + 1` fetched rows, and the cursor to the next page if there is one. */
export function pageOf<R>(
  fetched: R[],
  size: number,
  cursorAfter: (last: R) => string,
): { rows: R[]; nextCursor: string | null } {
  const rows = fetched.slice(0, size);
  const last = rows.at(-1);
  return { rows, nextCursor: fetched.length > size && last ? cursorAfter(last) : null };
}

/**
 * One page of a keyset-paginated list and the count of every row its filters select. `fetch`
 * reads at most `take` rows of `where` (the filters and, past the first page, the rows after the
 * cursor) in the sort's order; `count` counts the filters' rows. The cases, suspects and victims
 * lists all page this way, over Prisma inputs or SQL fragments.
 */
export async function keysetPage<W, R>(options: {
  cursor: string | undefined;
  sort: string;
  spec: { keys: readonly KeysetKey<W>[]; values: (row: R) => readonly (string | null)[] };
  combine: Combine<W>;
  where: W;
  fetch: (where: W, take: number) => Promise<R[]>;
  count: (where: W) => Promise<number>;
}): Promise<{ rows: R[]; nextCursor: string | null; total: number }> {
  const { cursor, sort, spec, combine, where } = options;
  const after = decodeCursor(cursor, sort, spec.keys);
  const pageWhere = after ? combine.and([where, keysetAfter(spec.keys, after, combine)]) : where;
  const [fetched, total] = await Promise.all([
    options.fetch(pageWhere, LIST_PAGE_SIZE + 1),
    options.count(where),
  ]);
  const page = pageOf(fetched, LIST_PAGE_SIZE, (last) => encodeCursor(sort, spec.values(last)));
  return { ...page, total };
}
