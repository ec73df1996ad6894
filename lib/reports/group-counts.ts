// Prisma groupBy results as the report's group counts: a key (null: not recorded) and a count.

export type TGroupCount = { key: string | null; count: number };

type CountedRow = { _count: { _all: number } };

/** The counts of `rows` grouped by their `key`, added up over any other grouped column. */
export function groups<K extends string>(
  rows: (CountedRow & Record<K, unknown>)[],
  key: K,
): TGroupCount[] {
  const counts = new Map<string | null, number>();
  for (const r of rows) {
    const k = r[key] === null ? null : String(r[key]);
    counts.set(k, (counts.get(k) ?? 0) + r._count._all);
  }
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

/** Suspects grouped by (isForeign, nationality), keyed as the report's nationality groups:
 * "cambodian|KH", "foreign|TH", "foreign|" (nationality not recorded), "unspecified|" (not known
 * whether foreign). The write path keeps isForeign in step with the nationality. */
export function nationalityGroups(
  rows: (CountedRow & { isForeign: boolean | null; nationality: string | null })[],
): TGroupCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const group = r.isForeign === null ? "unspecified" : r.isForeign ? "foreign" : "cambodian";
    const key = `${group}|${group === "cambodian" ? "KH" : (r.nationality ?? "")}`;
    counts.set(key, (counts.get(key) ?? 0) + r._count._all);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}
