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
import { CASE_ORDER, caseCombine } from "@/lib/filters/record-order";
import { caseWhere } from "@/lib/filters/record-where";
import { assertCan } from "@/lib/auth/scope";

/**
 * One page of the cases the filters select, in the chosen sort, continuing after the cursor; and
 * the count of ALL the cases they select (a report's drill-down compares it with its figure).
 */
export async function findCases(user: ActingUser, filters: TRecordFilters) {
  assertCan(user, "read:record");
  const where = caseWhere(user, filters);
  const sort = sortOf("cases", filters);
  const spec = CASE_ORDER[sort];
  const after = decodeCursor(filters.cursor, sort, spec.keys);
  const [fetched, total] = await Promise.all([
    db.case.findMany({
      where: after ? { AND: [where, keysetAfter(spec.keys, after, caseCombine)] } : where,
      orderBy: spec.orderBy,
      take: LIST_PAGE_SIZE + 1,
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
    db.case.count({ where }),
  ]);
  const page = pageOf(fetched, LIST_PAGE_SIZE, (last) => encodeCursor(sort, spec.values(last)));
  return { ...page, total };
}
