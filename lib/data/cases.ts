import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { assertCan, caseScope } from "./scope";

export const LIST_PAGE_SIZE = 50;

export async function findCases(user: ActingUser) {
  assertCan(user, "read:record");
  const where = { deletedAt: null, ...caseScope(user) };
  const [rows, total] = await Promise.all([
    db.case.findMany({
      where,
      orderBy: [{ crackedDownAt: { sort: "desc", nulls: "last" } }, { reference: "asc" }],
      take: LIST_PAGE_SIZE,
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
  return { rows, total };
}
