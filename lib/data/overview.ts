import "server-only";
import { db } from "@/lib/db";

export type YearCounts = {
  year: number;
  cases: number;
  arrests: number;
  victims: number;
  abroad: number;
};

// Counted in PostgreSQL, by the year of each event date in Cambodia's time zone; soft-deleted
// records never count.
export async function countRecordsByYear(): Promise<YearCounts[]> {
  const rows = await db.$queryRaw<
    { year: number; cases: bigint; arrests: bigint; victims: bigint; abroad: bigint }[]
  >`
    WITH events AS (
      SELECT extract(year FROM cracked_down_at AT TIME ZONE 'Asia/Phnom_Penh')::int AS year,
             1 AS cases, 0 AS arrests, 0 AS victims, 0 AS abroad
        FROM "case" WHERE deleted_at IS NULL AND cracked_down_at IS NOT NULL
      UNION ALL
      SELECT extract(year FROM arrested_at AT TIME ZONE 'Asia/Phnom_Penh')::int, 0, 1, 0, 0
        FROM suspect WHERE deleted_at IS NULL AND arrested_at IS NOT NULL
      UNION ALL
      SELECT extract(year FROM rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::int, 0, 0,
             (NOT rescued_abroad)::int, rescued_abroad::int
        FROM victim WHERE deleted_at IS NULL AND rescued_at IS NOT NULL
    )
    SELECT year, sum(cases)::bigint AS cases, sum(arrests)::bigint AS arrests,
           sum(victims)::bigint AS victims, sum(abroad)::bigint AS abroad
      FROM events GROUP BY year ORDER BY year DESC`;
  return rows.map((r) => ({
    year: r.year,
    cases: Number(r.cases),
    arrests: Number(r.arrests),
    victims: Number(r.victims),
    abroad: Number(r.abroad),
  }));
}
