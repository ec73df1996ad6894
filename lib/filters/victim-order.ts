import { Prisma } from "@/lib/generated/prisma/client";
import { instantValue, type KeysetKey } from "./keyset";
import type { TRecordSort } from "./record-filters";

// The victim list's sort orders in SQL over VICTIM_FROM, each with the keyset that continues it.
// Nulls sort last both ways, matching keysetAfter.

type Dir = "asc" | "desc";
type VictimKeys = { rescued_at: Date | null; code: string };
export type VictimSortSpec = {
  orderBy: Prisma.Sql;
  keys: KeysetKey<Prisma.Sql>[];
  values: (row: VictimKeys) => (string | null)[];
};

function key(type: "date" | "text", column: Prisma.Sql, dir: Dir, nullable: boolean) {
  const value = (v: string) => (type === "date" ? new Date(v) : v);
  return {
    type,
    isNull: nullable ? Prisma.sql`${column} IS NULL` : null,
    after: (v: string) =>
      dir === "asc" ? Prisma.sql`${column} > ${value(v)}` : Prisma.sql`${column} < ${value(v)}`,
    equals: (v: string) => Prisma.sql`${column} = ${value(v)}`,
  } satisfies KeysetKey<Prisma.Sql>;
}

const rescuedAt = (dir: Dir) => key("date", Prisma.sql`v.rescued_at`, dir, true);
const code = (dir: Dir) => key("text", Prisma.sql`v.code`, dir, false);
const byDate = (row: VictimKeys) => [instantValue(row.rescued_at), row.code];

export const VICTIM_ORDER: Record<TRecordSort<"victims">, VictimSortSpec> = {
  "date-desc": {
    orderBy: Prisma.sql`v.rescued_at DESC NULLS LAST, v.code ASC`,
    keys: [rescuedAt("desc"), code("asc")],
    values: byDate,
  },
  "date-asc": {
    orderBy: Prisma.sql`v.rescued_at ASC NULLS LAST, v.code ASC`,
    keys: [rescuedAt("asc"), code("asc")],
    values: byDate,
  },
  "code-asc": {
    orderBy: Prisma.sql`v.code ASC`,
    keys: [code("asc")],
    values: (row) => [row.code],
  },
  "code-desc": {
    orderBy: Prisma.sql`v.code DESC`,
    keys: [code("desc")],
    values: (row) => [row.code],
  },
};
