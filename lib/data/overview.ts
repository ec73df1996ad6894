import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/scope";
import { caseScopeSql, suspectScopeSql, victimScopeSql } from "@/lib/auth/scope-sql";

export type YearCounts = {
  year: number;
  cases: number;
  arrests: number;
  victims: number;
  abroad: number;
};

// Counted in PostgreSQL, by the year of each event date in Cambodia's time zone; soft-deleted
// records never count.
export async function countRecordsByYear(user: ActingUser): Promise<YearCounts[]> {
  assertCan(user, "read:report");
  // Scope as in lib/auth/scope.ts, whose SQL form each branch uses.
  const rows = await db.$queryRaw<
    { year: number; cases: bigint; arrests: bigint; victims: bigint; abroad: bigint }[]
  >`
    WITH events AS (
      SELECT extract(year FROM cracked_down_at AT TIME ZONE 'Asia/Phnom_Penh')::int AS year,
             1 AS cases, 0 AS arrests, 0 AS victims, 0 AS abroad
        FROM "case" c WHERE deleted_at IS NULL AND cracked_down_at IS NOT NULL
         AND ${caseScopeSql(user)}
      UNION ALL
      SELECT extract(year FROM s.arrested_at AT TIME ZONE 'Asia/Phnom_Penh')::int, 0, 1, 0, 0
        FROM suspect s LEFT JOIN "case" c ON c.id = s.case_id
       WHERE s.deleted_at IS NULL AND s.arrested_at IS NOT NULL
         AND ${suspectScopeSql(user)}
      UNION ALL
      SELECT extract(year FROM v.rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::int, 0, 0,
             (NOT v.rescued_abroad)::int, v.rescued_abroad::int
        FROM victim v LEFT JOIN "case" c ON c.id = v.case_id
       WHERE v.deleted_at IS NULL AND v.rescued_at IS NOT NULL
         AND ${victimScopeSql(user)}
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
