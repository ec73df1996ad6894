import "server-only";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, victimScope } from "./scope";

/** The victim fields a page shows; name and date of birth only with `identity`. Shared by the
 * victim's page and the victims listed on a case's page. */
export function victimPageSelect(identity: boolean) {
  return {
    id: true,
    version: true,
    code: true,
    name: identity,
    dateOfBirth: identity,
    sex: true,
    ageAtRescue: true,
    nationality: true,
    homeProvinceId: true,
    rescuedAt: true,
    rescuedAbroad: true,
    rescueProvinceId: true,
    rescueCountry: true,
    rescuingAgency: true,
    exploitationType: true,
    servicesReferred: true,
  } as const;
}

/** One victim for their page. Name and date of birth only for roles that may see identities. */
export async function findVictim(user: ActingUser, id: string) {
  assertCan(user, "read:record");
  const identity = can(user, "read:victim-identity");
  const found = await db.victim.findFirst({
    where: { id, ...victimScope(user) },
    select: {
      ...victimPageSelect(identity),
      deletedAt: true,
      case: { select: { id: true, reference: true, provinceId: true } },
      rescueProvince: { select: { nameEn: true, nameKm: true } },
    },
  });
  if (!found) throw notFound();
  return found;
}
