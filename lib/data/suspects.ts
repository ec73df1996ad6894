import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import { keysetPage } from "@/lib/filters/keyset";
import { sortOf, type TRecordFilters } from "@/lib/filters/record-filters";
import { SUSPECT_ORDER, suspectCombine } from "@/lib/filters/record-order";
import { suspectWhere } from "@/lib/filters/record-where";
import { assertCan } from "@/lib/auth/scope";

/** One page of the suspects the filters select, and the count of all of them (see findCases). */
export async function findSuspects(user: ActingUser, filters: TRecordFilters) {
  assertCan(user, "read:record");
  const sort = sortOf("suspects", filters);
  const spec = SUSPECT_ORDER[sort];
  return keysetPage({
    cursor: filters.cursor,
    sort,
    spec,
    combine: suspectCombine,
    where: suspectWhere(user, filters),
    fetch: (where, take) =>
      dbRead.suspect.findMany({
        where,
        orderBy: spec.orderBy,
        take,
        select: {
          id: true,
          caseId: true,
          role: true,
          sex: true,
          nationality: true,
          isForeign: true,
          arrestedAt: true,
          arrestingUnit: true,
          case: { select: { reference: true } },
        },
      }),
    count: (where) => dbRead.suspect.count({ where }),
  });
}
