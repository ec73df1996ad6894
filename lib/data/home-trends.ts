import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { recordListHref, type TRecordFilters } from "@/lib/filters/record-filters";
import { ageBandCase } from "@/lib/filters/victim-age-sql";
import { VICTIM_FROM, victimWhereSql } from "@/lib/filters/victim-where";
import { Prisma } from "@/lib/generated/prisma/client";

// Victims over all years, for the managers' home page: rescued in Cambodia by province of rescue,
// NCCT age band and exploitation type; rescued abroad by country. Counted in PostgreSQL in one
// GROUPING SETS scan per place, through the victims list's own filter, so each cell's link opens
// a list of exactly that many victims. A year is read in Asia/Phnom_Penh, as everywhere.

export const TREND_DIMENSIONS = ["province", "ageBand", "exploitation", "country"] as const;
export type TTrendDimension = (typeof TREND_DIMENSIONS)[number];

/** One cell: the victims of one key (null: not recorded) in one year, and its list. */
export type TTrendCell = { key: string | null; year: number; count: number; href: string };
export type TTrends = Record<TTrendDimension, TTrendCell[]>;

type Row = { dim: string; key: string | null; year: number; n: number };

const YEAR = Prisma.sql`extract(year FROM v.rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::int`;

async function groupByYear(
  user: ActingUser,
  place: "cambodia" | "abroad",
  dims: Record<string, Prisma.Sql>,
): Promise<Row[]> {
  const names = Object.keys(dims);
  const columns = names.map((name) => Prisma.sql`${dims[name]!} AS ${Prisma.raw(`d_${name}`)}`);
  const sets = names.map((name) => Prisma.raw(`(x.year, x.d_${name})`));
  const keyOf = names.map(
    (name) =>
      Prisma.sql`WHEN GROUPING(x.${Prisma.raw(`d_${name}`)}) = 0 THEN ${Prisma.raw(
        `ARRAY['${name}', x.d_${name}::text]`,
      )}`,
  );
  const rows = await db.$queryRaw<{ k: (string | null)[]; year: number; n: number }[]>`
    SELECT CASE ${Prisma.join(keyOf, " ")} END AS k, x.year, count(*)::int AS n
      FROM (
        SELECT ${YEAR} AS year, ${Prisma.join(columns, ", ")}
          FROM ${VICTIM_FROM}
         WHERE ${victimWhereSql(user, { place })} AND v.rescued_at IS NOT NULL
        OFFSET 0
      ) x
     GROUP BY GROUPING SETS (${Prisma.join(sets, ", ")})
     ORDER BY x.year`;
  return rows.map((r) => ({ dim: r.k[0]!, key: r.k[1] ?? null, year: r.year, n: r.n }));
}

/** The victims list's filters for one cell of a dimension. */
function cellFilters(dim: TTrendDimension, key: string | null): Partial<TRecordFilters> {
  switch (dim) {
    case "province":
      return { place: "cambodia", province: key === null ? "unspecified" : Number(key) };
    case "ageBand":
      return { place: "cambodia", ageBand: key as TRecordFilters["ageBand"] };
    case "exploitation":
      return { place: "cambodia", exploitation: key as TRecordFilters["exploitation"] };
    case "country":
      return { place: "abroad", rescueCountry: key ?? "unspecified" };
  }
}

export async function findVictimTrends(user: ActingUser): Promise<TTrends> {
  assertCan(user, "read:report");
  const [cambodia, abroad] = await Promise.all([
    groupByYear(user, "cambodia", {
      province: Prisma.sql`v.rescue_province_id::text`,
      ageBand: ageBandCase(Prisma.sql`age.years`),
      exploitation: Prisma.sql`v.exploitation_type::text`,
    }),
    groupByYear(user, "abroad", { country: Prisma.sql`v.rescue_country::text` }),
  ]);
  const trends = { province: [], ageBand: [], exploitation: [], country: [] } as TTrends;
  for (const r of [...cambodia, ...abroad]) {
    const dim = r.dim as TTrendDimension;
    trends[dim].push({
      key: r.key,
      year: r.year,
      count: r.n,
      href: recordListHref("victims", { year: r.year, ...cellFilters(dim, r.key) }),
    });
  }
  return trends;
}
