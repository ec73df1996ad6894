import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { assertCan, suspectScope } from "./scope";
import { LIST_PAGE_SIZE } from "./cases";

export async function findSuspects(user: ActingUser) {
  assertCan(user, "read:record");
  const where = { deletedAt: null, ...suspectScope(user) };
  const [rows, total] = await Promise.all([
    db.suspect.findMany({
      where,
      orderBy: [{ arrestedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: LIST_PAGE_SIZE,
      select: {
        id: true,
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
  return { rows, total };
}
