import "server-only";
import { can, inScope, type ActingUser } from "@/lib/auth/acting-user";
import { reachOf, type Permission, type Reach } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Which records a user may see: the reach of their grant of read:record (lib/auth/permissions.ts,
// decision 0034), within their provinces where the reach is by province. A case belongs to its
// province; a suspect to its case's province; a victim to the province where they were rescued
// or, failing that, their case's province. Victims rescued abroad with no case belong to no
// province, so only national scope (or Foreign Affairs' `abroad` reach) sees them.
// scope-sql.ts says the same in SQL; the two must agree (scope.int.test.ts checks they do).

export function assertCan(user: ActingUser, permission: Permission) {
  if (!can(user, permission)) throw forbidden();
}

/** The reach of read:record, which every record read goes through; null: no records. */
export function readReach(user: ActingUser): Reach | null {
  return reachOf(user, "read:record");
}

/** Whether a user's reach holds any record of this kind at all (for navigation, and to leave out
 * links to records the user could not open, such as a victim's case for a provider). */
export function reachesRecords(user: ActingUser, kind: "case" | "suspect" | "victim"): boolean {
  const reach = readReach(user);
  if (reach === null) return false;
  if (kind === "victim") return reach !== "court";
  return reach === "scope" || reach === "court";
}

const NO_CASE: Prisma.CaseWhereInput = { id: { in: [] } };
const NO_SUSPECT: Prisma.SuspectWhereInput = { id: { in: [] } };
const NO_VICTIM: Prisma.VictimWhereInput = { id: { in: [] } };

function provinceIn(user: ActingUser) {
  return { in: user.provinceIds };
}

export function caseScope(user: ActingUser): Prisma.CaseWhereInput {
  const reach = readReach(user);
  if (reach !== "scope" && reach !== "court") return NO_CASE;
  return user.nationalScope ? {} : { provinceId: provinceIn(user) };
}

export function suspectScope(user: ActingUser): Prisma.SuspectWhereInput {
  const reach = readReach(user);
  if (reach === "court") return courtSuspects(user);
  if (reach !== "scope") return NO_SUSPECT;
  return user.nationalScope ? {} : { case: { provinceId: provinceIn(user) } };
}

/** The suspects a court reaches: those tried in its provinces, or with no court yet, whose case
 * is in them. */
function courtSuspects(user: ActingUser): Prisma.SuspectWhereInput {
  if (user.nationalScope) return {};
  return {
    OR: [
      { courtProvinceId: provinceIn(user) },
      { courtProvinceId: null, case: { provinceId: provinceIn(user) } },
    ],
  };
}

export function victimScope(user: ActingUser): Prisma.VictimWhereInput {
  const reach = readReach(user);
  if (reach === "abroad") return { rescuedAbroad: true };
  if (reach === "referred") return referredVictims(user);
  if (reach !== "scope") return NO_VICTIM;
  if (user.nationalScope) return {};
  return {
    OR: [
      { rescueProvinceId: provinceIn(user) },
      { rescueProvinceId: null, case: { provinceId: provinceIn(user) } },
    ],
  };
}

/** A provider reaches a victim while a referral to its agency stands: not deleted, not declined
 * (a declined referral ends the provider's access; a closed one keeps it for follow-up). */
function referredVictims(user: ActingUser): Prisma.VictimWhereInput {
  return {
    referrals: {
      some: { providerId: user.agencyId, deletedAt: null, status: { not: "DECLINED" } },
    },
  };
}

/**
 * The referrals a user may read: a provider's own (to its agency), and otherwise those of the
 * victims the user may see. For the referrals lane's lists and pages.
 */
export function referralReach(user: ActingUser): Prisma.ReferralWhereInput {
  const reach = reachOf(user, "read:referral");
  if (reach === null) return { id: { in: [] } };
  if (reach === "referred") return { providerId: user.agencyId };
  return { victim: victimScope(user) };
}

/** A provider may change only the referrals made to it; others write referrals of victims they
 * may write. Refuses (403) a provider acting on another agency's referral. */
export function assertProviderOf(user: ActingUser, providerId: number) {
  assertCan(user, "write:referral");
  if (reachOf(user, "write:referral") === "referred" && providerId !== user.agencyId) {
    throw forbidden();
  }
}

/** Cases and suspects: writes need read:record's province reach, and the province in scope. */
export function assertCanWriteIn(user: ActingUser, provinceId: number | null) {
  assertCan(user, "write:record");
  if (reachOf(user, "write:record") !== "scope") throw forbidden();
  if (!inScope(user, provinceId)) throw forbidden();
}

/**
 * A victim's write check: by province for case staff (the victim's own province, as
 * victimScope reads it); for Foreign Affairs, any victim rescued abroad and no other.
 */
export function mayWriteVictim(
  user: ActingUser,
  victim: { provinceId: number | null; rescuedAbroad: boolean },
): boolean {
  const reach = reachOf(user, "write:record");
  if (reach === "abroad") return victim.rescuedAbroad;
  return reach === "scope" && inScope(user, victim.provinceId);
}

export function assertCanWriteVictimIn(
  user: ActingUser,
  victim: { provinceId: number | null; rescuedAbroad: boolean },
) {
  assertCan(user, "write:record");
  if (!mayWriteVictim(user, victim)) throw forbidden();
}

/** Court fields of a suspect: the suspect must be within write:court's reach (a court clerk's
 * province by the suspect's court or case), else it is not found. */
export function courtWriteScope(user: ActingUser): Prisma.SuspectWhereInput {
  assertCan(user, "write:court");
  const reach = reachOf(user, "write:court");
  if (reach === "court") return courtSuspects(user);
  if (reach === "scope") {
    return user.nationalScope ? {} : { case: { provinceId: provinceIn(user) } };
  }
  throw notFound();
}

/** Whether the user may write records at all in the provinces model (cases, suspects, imports). */
export function writesByProvince(user: ActingUser): boolean {
  return can(user, "write:record") && reachOf(user, "write:record") === "scope";
}
