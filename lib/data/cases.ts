import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import { keysetPage } from "@/lib/filters/keyset";
import { sortOf, type TRecordFilters } from "@/lib/filters/record-filters";
import { CASE_ORDER, caseCombine } from "@/lib/filters/record-order";
import { caseWhere } from "@/lib/filters/record-where";
import { assertCan } from "@/lib/auth/scope";

/**
 * One page of the cases the filters select, in the chosen sort, continuing after the cursor; and
 * the count of ALL the cases they select (a report's drill-down compares it with its figure).
 */
export async function findCases(user: ActingUser, filters: TRecordFilters) {
  assertCan(user, "read:record");
  const sort = sortOf("cases", filters);
  const spec = CASE_ORDER[sort];
  return keysetPage({
    cursor: filters.cursor,
    sort,
    spec,
    combine: caseCombine,
    where: caseWhere(user, filters),
    fetch: (where, take) =>
      dbRead.case.findMany({
        where,
        orderBy: spec.orderBy,
        take,
        select: {
          id: true,
          reference: true,
          offenceType: true,
          leadAgency: true,
          crackedDownAt: true,
          status: true,
          province: { select: { nameEn: true, nameKm: true } },
          _count: {
            select: {
              suspects: { where: { deletedAt: null } },
              victims: { where: { deletedAt: null } },
            },
          },
        },
      }),
    count: (where) => dbRead.case.count({ where }),
  });
}
