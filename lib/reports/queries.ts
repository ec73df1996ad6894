import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import type { TAgeBandSet } from "@/lib/domain/age-bands";
import { periodRange, type TPeriod } from "@/lib/domain/period";
import { caseWhere, suspectWhere } from "@/lib/filters/record-where";
import type { TRecordFilters } from "@/lib/filters/record-filters";
import { VICTIM_FROM, victimWhereSql } from "@/lib/filters/victim-where";
import { ageBandCase } from "@/lib/filters/victim-age-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { periodFilters } from "./period-filters";
import { queryCourtCounts, type TCourtCounts } from "./court-queries";

// The report's aggregates, counted in PostgreSQL. Every query selects its records through the
// record lists' own filters (caseWhere, suspectWhere, victimWhereSql), so a figure and the list
// its drill-down opens cannot disagree, and each is scoped to the reading user the same way.
// The queries are independent and run in parallel on the pool. Each total is counted apart from
// its breakdowns, so that the report's consistency checks (checks.ts) compare two countings; one
// grouping may serve two breakdowns (measured with `npm run bench:report`).

export type { TGroupCount } from "./group-counts";
import { groups, type TGroupCount } from "./group-counts";

export type TReportCounts = {
  cases: { total: number; previous: number; byOffence: TGroupCount[]; byProvince: TGroupCount[] };
  arrests: { total: number; previous: number; bySex: TGroupCount[]; withoutCase: number };
  foreign: { total: number; byNationality: TGroupCount[] };
  victims: {
    total: number;
    previous: number;
    byAgeBand: TGroupCount[];
    bySex: TGroupCount[];
    byExploitation: TGroupCount[];
    byProvince: TGroupCount[];
    byNationality: TGroupCount[];
    /** Keys "<band>|<sex>". */
    byAgeBandAndSex: TGroupCount[];
  };
  abroad: { total: number; previous: number; byCountry: TGroupCount[]; bySex: TGroupCount[] };
  withoutEventDate: { cases: number; victims: number };
} & TCourtCounts;

type GroupRow = { dim: string; key: string | null; current: boolean; n: number };

/** Victims in the period and the one before (split by `current`), grouped by each of `dims` in one
 * GROUPING SETS scan. `dims` read the victim's rescued_at, sex, exploitation_type,
 * rescue_province_id, rescue_country, nationality and age in years, as columns of `a`. The
 * previous period ends where this one starts (lib/domain/period.ts). */
async function victimGroups(
  user: ActingUser,
  period: TPeriod,
  previous: TPeriod,
  place: "cambodia" | "abroad",
  dims: Record<string, Prisma.Sql>,
): Promise<GroupRow[]> {
  const { start, end } = periodRange(period);
  const { start: from } = periodRange(previous);
  const names = Object.keys(dims);
  const columns = names.map((name) => Prisma.sql`${dims[name]!} AS ${Prisma.raw(`d_${name}`)}`);
  const sets = names.map((name) => Prisma.raw(`(x.current, x.d_${name})`));
  const keyOf = names.map(
    (name, i) =>
      Prisma.sql`WHEN GROUPING(x.${Prisma.raw(`d_${name}`)}) = 0 THEN ${Prisma.raw(
        `ARRAY[${i}::text, x.d_${name}::text]`,
      )}`,
  );
  // OFFSET 0 keeps the innermost subquery from being merged into the others: each victim's age is
  // then computed once, not again in every band's test, and the groups are hashed, not sorted on
  // the band expression (twice as fast on a million victims).
  const rows = await dbRead.$queryRaw<
    { k: (string | null)[] | null; current: boolean; n: number }[]
  >`
    SELECT CASE ${Prisma.join(keyOf, " ")} END AS k, x.current, count(*)::int AS n
      FROM (
        SELECT a.rescued_at >= ${start} AS current, ${Prisma.join(columns, ", ")}
          FROM (
            SELECT v.rescued_at, v.sex, v.exploitation_type, v.rescue_province_id,
                   v.rescue_country, v.nationality, age.years
              FROM ${VICTIM_FROM}
             WHERE ${victimWhereSql(user, { place })}
               AND v.rescued_at >= ${from} AND v.rescued_at < ${end}
            OFFSET 0
          ) a
      ) x
     GROUP BY GROUPING SETS ((x.current), ${Prisma.join(sets, ", ")})`;
  return rows.map((r) => ({
    dim: r.k === null ? "" : names[Number(r.k[0])]!,
    key: r.k === null ? null : (r.k[1] ?? null),
    current: r.current,
    n: r.n,
  }));
}

function total(rows: GroupRow[], current: boolean): number {
  return rows.find((r) => r.dim === "" && r.current === current)?.n ?? 0;
}

function dimension(rows: GroupRow[], dim: string): TGroupCount[] {
  return rows.filter((r) => r.dim === dim && r.current).map((r) => ({ key: r.key, count: r.n }));
}

export async function queryReportCounts(
  user: ActingUser,
  period: TPeriod,
  previous: TPeriod,
  ageBandSet: TAgeBandSet,
): Promise<TReportCounts> {
  const thisYear: TRecordFilters = periodFilters(period);
  const lastYear: TRecordFilters = periodFilters(previous);
  const [
    cases,
    casesBefore,
    casesByOffenceAndProvince,
    arrests,
    arrestsBefore,
    arrestsBySex,
    arrestsWithoutCase,
    foreignTotal,
    foreign,
    inCambodia,
    abroad,
    casesUndated,
    victimsUndated,
    court,
  ] = await Promise.all([
    dbRead.case.count({ where: caseWhere(user, thisYear) }),
    dbRead.case.count({ where: caseWhere(user, lastYear) }),
    dbRead.case.groupBy({
      by: ["offenceType", "provinceId"],
      where: caseWhere(user, thisYear),
      _count: { _all: true },
    }),
    dbRead.suspect.count({ where: suspectWhere(user, thisYear) }),
    dbRead.suspect.count({ where: suspectWhere(user, lastYear) }),
    dbRead.suspect.groupBy({
      by: ["sex"],
      where: suspectWhere(user, thisYear),
      _count: { _all: true },
    }),
    dbRead.suspect.count({ where: suspectWhere(user, { ...thisYear, hasCase: "no" }) }),
    dbRead.suspect.count({ where: suspectWhere(user, { ...thisYear, nationality: "foreign" }) }),
    dbRead.suspect.groupBy({
      by: ["nationality"],
      where: suspectWhere(user, { ...thisYear, nationality: "foreign" }),
      _count: { _all: true },
    }),
    victimGroups(user, period, previous, "cambodia", {
      band: ageBandCase(Prisma.sql`a.years`, ageBandSet),
      sex: Prisma.sql`a.sex::text`,
      exploitation: Prisma.sql`a.exploitation_type::text`,
      province: Prisma.sql`a.rescue_province_id::text`,
      nationality: Prisma.sql`a.nationality::text`,
      bandSex: Prisma.sql`${ageBandCase(Prisma.sql`a.years`, ageBandSet)} || '|' || a.sex::text`,
    }),
    victimGroups(user, period, previous, "abroad", {
      country: Prisma.sql`a.rescue_country::text`,
      sex: Prisma.sql`a.sex::text`,
    }),
    dbRead.case.count({ where: caseWhere(user, { year: "none" }) }),
    dbRead.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM ${VICTIM_FROM} WHERE ${victimWhereSql(user, { year: "none" })}`,
    queryCourtCounts(user, thisYear, lastYear),
  ]);
  return {
    cases: {
      total: cases,
      previous: casesBefore,
      byOffence: groups(casesByOffenceAndProvince, "offenceType"),
      byProvince: groups(casesByOffenceAndProvince, "provinceId"),
    },
    arrests: {
      total: arrests,
      previous: arrestsBefore,
      bySex: groups(arrestsBySex, "sex"),
      withoutCase: arrestsWithoutCase,
    },
    foreign: { total: foreignTotal, byNationality: groups(foreign, "nationality") },
    victims: {
      total: total(inCambodia, true),
      previous: total(inCambodia, false),
      byAgeBand: dimension(inCambodia, "band"),
      bySex: dimension(inCambodia, "sex"),
      byExploitation: dimension(inCambodia, "exploitation"),
      byProvince: dimension(inCambodia, "province"),
      byNationality: dimension(inCambodia, "nationality"),
      byAgeBandAndSex: dimension(inCambodia, "bandSex"),
    },
    abroad: {
      total: total(abroad, true),
      previous: total(abroad, false),
      byCountry: dimension(abroad, "country"),
      bySex: dimension(abroad, "sex"),
    },
    withoutEventDate: { cases: casesUndated, victims: victimsUndated[0]?.n ?? 0 },
    ...court,
  };
}
