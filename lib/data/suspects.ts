import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import {
  decodeCursor,
  encodeCursor,
  keysetAfter,
  LIST_PAGE_SIZE,
  pageOf,
} from "@/lib/filters/keyset";
import { sortOf, type TRecordFilters } from "@/lib/filters/record-filters";
import { SUSPECT_ORDER, suspectCombine } from "@/lib/filters/record-order";
import { suspectWhere } from "@/lib/filters/record-where";
import { assertCan } from "@/lib/auth/scope";

/** One page of the suspects the filters select, and the count of all of them (see findCases). */
export async function findSuspects(user: ActingUser, filters: TRecordFilters) {
  assertCan(user, "read:record");
  const where = suspectWhere(user, filters);
  const sort = sortOf("suspects", filters);
  const spec = SUSPECT_ORDER[sort];
  const after = decodeCursor(filters.cursor, sort, spec.keys);
  const [fetched, total] = await Promise.all([
    db.suspect.findMany({
      where: after ? { AND: [where, keysetAfter(spec.keys, after, suspectCombine)] } : where,
      orderBy: spec.orderBy,
      take: LIST_PAGE_SIZE + 1,
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
    db.suspect.count({ where }),
  ]);
  const page = pageOf(fetched, LIST_PAGE_SIZE, (last) => encodeCursor(sort, spec.values(last)));
  return { ...page, total };
}
