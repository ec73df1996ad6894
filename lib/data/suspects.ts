import "server-only";
import { db } from "@/lib/db";
import { LIST_PAGE_SIZE } from "./cases";

export async function findSuspects() {
  const where = { deletedAt: null };
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
