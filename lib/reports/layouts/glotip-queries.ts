import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import { GLOTIP_FORMS } from "@/lib/domain/exploitation-groups";
import type { TPeriod } from "@/lib/domain/period";
import {
  VICTIM_FROM,
  victimExploitationSql,
  victimNationalitySql,
  victimWhereSql,
} from "@/lib/filters/victim-where";
import { ageBandCase } from "@/lib/filters/victim-age-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { countList, countSuspectsBySex } from "./count-list";
import type { TGlotipCounts, TPersonCounts, TVictimGroupRow } from "./glotip-assemble";
import {
  glotipPersonsDrillDown,
  glotipVictimsDrillDown,
  VICTIM_NATIONALITY,
} from "./layout-drill-down";
import { CITIZENSHIPS, GLOTIP_STAGES, type TGlotipStage } from "./types";

// GLOTIP's counts in PostgreSQL. Victims: one scan grouped by GROUPING SETS into the full
// sex × age group × form × citizenship table, each margin, the foreign victims' countries and the
// total; each grouping expression is built from the victims list's own filter conditions
// (ageBandCondition, victimExploitationSql, victimNationalitySql), so every cell is its drill-down
// list's count. Persons: each cell counted through the suspects list's filters.

const FORM_CASE = Prisma.sql`(CASE ${Prisma.join(
  GLOTIP_FORMS.map((f) => Prisma.sql`WHEN ${victimExploitationSql(f.exploitation)} THEN ${f.form}`),
  " ",
)} END)`;

const CITIZENSHIP_CASE = Prisma.sql`(CASE ${Prisma.join(
  CITIZENSHIPS.map(
    (c) => Prisma.sql`WHEN ${victimNationalitySql(VICTIM_NATIONALITY[c])} THEN ${c}`,
  ),
  " ",
)} END)`;

async function queryVictimGroups(user: ActingUser, period: TPeriod): Promise<TVictimGroupRow[]> {
  const where = victimWhereSql(user, glotipVictimsDrillDown(period).filters);
  // GROUPING(sex, age, form, citizenship, country) sets a bit for each column NOT grouped by, the
  // first column the highest: glotip-assemble.ts's VICTIM_SETS name the sets by their masks.
  // OFFSET 0 keeps each victim's groups computed once, in the inner scan (as queries.ts does).
  return dbRead.$queryRaw<TVictimGroupRow[]>`
    SELECT GROUPING(x.sex, x.age, x.form, x.citizenship, x.country)::int AS grp,
           x.sex, x.age, x.form, x.citizenship, x.country, count(*)::int AS n
      FROM (
        SELECT v.sex::text AS sex, ${ageBandCase(Prisma.sql`age.years`, "unodc")} AS age,
               ${FORM_CASE} AS form, ${CITIZENSHIP_CASE} AS citizenship,
               CASE WHEN ${victimNationalitySql("foreign")} THEN v.nationality::text END AS country
          FROM ${VICTIM_FROM}
         WHERE ${where}
        OFFSET 0
      ) x
     GROUP BY GROUPING SETS ((x.sex, x.age, x.form, x.citizenship), (x.sex), (x.age), (x.form),
                             (x.citizenship), (x.country), ())`;
}

async function queryPersons(
  user: ActingUser,
  period: TPeriod,
  stage: TGlotipStage,
): Promise<TPersonCounts> {
  const target = (parts: Parameters<typeof glotipPersonsDrillDown>[2] = {}) =>
    glotipPersonsDrillDown(period, stage, parts);
  const [total, bySex, ...byCitizenship] = await Promise.all([
    countList(user, target()),
    countSuspectsBySex(user, target()),
    ...CITIZENSHIPS.map((citizenship) => countList(user, target({ citizenship }))),
  ]);
  const cells = await Promise.all(
    CITIZENSHIPS.map((citizenship) => countSuspectsBySex(user, target({ citizenship }))),
  );
  return {
    total,
    bySex: Object.fromEntries(bySex),
    byCitizenship: Object.fromEntries(
      CITIZENSHIPS.map((c, i) => [c, byCitizenship[i] ?? 0]),
    ) as TPersonCounts["byCitizenship"],
    cells: Object.fromEntries(
      CITIZENSHIPS.map((c, i) => [c, Object.fromEntries(cells[i]!)]),
    ) as TPersonCounts["cells"],
  };
}

export async function queryGlotipCounts(user: ActingUser, period: TPeriod): Promise<TGlotipCounts> {
  const [victims, ...persons] = await Promise.all([
    queryVictimGroups(user, period),
    ...GLOTIP_STAGES.map((stage) => queryPersons(user, period, stage)),
  ]);
  return {
    victims,
    persons: Object.fromEntries(GLOTIP_STAGES.map((s, i) => [s, persons[i]!])) as Record<
      TGlotipStage,
      TPersonCounts
    >,
  };
}
