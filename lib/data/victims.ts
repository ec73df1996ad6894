import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { assertCan, victimScope } from "./scope";
import { LIST_PAGE_SIZE } from "./cases";

// Lists never select a victim's name or date of birth: they show the pseudonymous code.
export async function findVictims(user: ActingUser) {
  assertCan(user, "read:record");
  const where = { deletedAt: null, ...victimScope(user) };
  const [rows, total] = await Promise.all([
    db.victim.findMany({
      where,
      orderBy: [{ rescuedAt: { sort: "desc", nulls: "last" } }, { code: "asc" }],
      take: LIST_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        sex: true,
        ageAtRescue: true,
        nationality: true,
        rescuedAt: true,
        rescuedAbroad: true,
        rescueCountry: true,
        rescuingAgency: true,
        exploitationType: true,
        rescueProvince: { select: { nameEn: true, nameKm: true } },
        case: { select: { reference: true } },
      },
    }),
    db.victim.count({ where }),
  ]);
  return { rows, total };
}
