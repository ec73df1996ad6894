import "server-only";
import { can, inScope, type ActingUser } from "@/lib/auth/acting-user";
import type { Permission } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Which records a user may see. A case belongs to its province; a suspect to its case's province;
// a victim to the province where they were rescued or, failing that, their case's province.
// Victims rescued abroad with no case belong to no province, so only national scope sees them.

export function assertCan(user: ActingUser, permission: Permission) {
  if (!can(user, permission)) throw forbidden();
}

export function caseScope(user: ActingUser): Prisma.CaseWhereInput {
  return user.nationalScope ? {} : { provinceId: { in: user.provinceIds } };
}

export function suspectScope(user: ActingUser): Prisma.SuspectWhereInput {
  return user.nationalScope ? {} : { case: { provinceId: { in: user.provinceIds } } };
}

export function victimScope(user: ActingUser): Prisma.VictimWhereInput {
  if (user.nationalScope) return {};
  return {
    OR: [
      { rescueProvinceId: { in: user.provinceIds } },
      { rescueProvinceId: null, case: { provinceId: { in: user.provinceIds } } },
    ],
  };
}

/** Staff may write only in their own provinces; a record with no province only national scope. */
export function assertCanWriteIn(user: ActingUser, provinceId: number | null) {
  assertCan(user, "write:record");
  if (!inScope(user, provinceId)) throw forbidden();
}
