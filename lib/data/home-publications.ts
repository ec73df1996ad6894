import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { countRecordsByYear, type YearCounts } from "./overview";

// Each year's records and the state of its annual report: the latest published revision and
// when, or none. A year is listed when it has records in the reader's scope or a published report.

export type TYearStatus = YearCounts & {
  published: { revision: number; publishedAt: Date } | null;
};

export async function findYearStatuses(user: ActingUser): Promise<TYearStatus[]> {
  assertCan(user, "read:report");
  const [years, latest] = await Promise.all([
    countRecordsByYear(user),
    // The latest revision of each year, chosen in PostgreSQL.
    db.$queryRaw<{ year: number; revision: number; published_at: Date }[]>`
      SELECT DISTINCT ON (year) year, revision, published_at
        FROM report_snapshot ORDER BY year DESC, revision DESC`,
  ]);
  const byYear = new Map(latest.map((s) => [s.year, s]));
  const rows: TYearStatus[] = years.map((y) => {
    const s = byYear.get(y.year);
    return { ...y, published: s ? { revision: s.revision, publishedAt: s.published_at } : null };
  });
  for (const s of latest) {
    if (years.some((y) => y.year === s.year)) continue;
    const published = { revision: s.revision, publishedAt: s.published_at };
    rows.push({ year: s.year, cases: 0, arrests: 0, victims: 0, abroad: 0, published });
  }
  return rows.sort((a, b) => b.year - a.year);
}
