import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import { caseWhere, suspectWhere } from "@/lib/filters/record-where";
import { VICTIM_FROM, victimWhereSql } from "@/lib/filters/victim-where";
import type { Sex } from "@/lib/generated/prisma/enums";
import type { TDrillDown } from "../drill-down";

// Counts of a record list, in PostgreSQL, through the list's own where-builders: a layout figure
// counted so is its drill-down list's count by construction.

/** How many records the list `target` shows the user. */
export async function countList(user: ActingUser, target: TDrillDown): Promise<number> {
  switch (target.kind) {
    case "cases":
      return dbRead.case.count({ where: caseWhere(user, target.filters) });
    case "suspects":
      return dbRead.suspect.count({ where: suspectWhere(user, target.filters) });
    case "victims": {
      const rows = await dbRead.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM ${VICTIM_FROM} WHERE ${victimWhereSql(user, target.filters)}`;
      return rows[0]?.n ?? 0;
    }
  }
}

/** The suspects list `target` counted by sex, one GROUP BY in PostgreSQL. */
export async function countSuspectsBySex(
  user: ActingUser,
  target: TDrillDown,
): Promise<Map<Sex, number>> {
  const rows = await dbRead.suspect.groupBy({
    by: ["sex"],
    where: suspectWhere(user, target.filters),
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.sex, r._count._all]));
}
