import "server-only";
import { db } from "@/lib/db";
import { LIST_PAGE_SIZE } from "./cases";

// Lists never select a victim's name or date of birth: they show the pseudonymous code.
export async function findVictims() {
  const where = { deletedAt: null };
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
