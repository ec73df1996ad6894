import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forbidden } from "@/lib/errors";
import { can, inScope, type ActingUser } from "./acting-user";
import { assertCan, assertCanWriteIn, victimScope } from "./scope";

// Who may see and touch a referral: the one place that says so (decision 0035), so the lead can
// reconcile it with the agency-aware permissions of decision 0034. Two ways in:
// - the provider's own staff (user.agencyId = referral.providerId) see and update the referrals
//   made to their agency, and nothing else of the victim's record;
// - staff with the victim in their province scope (the victim's place, as victimScope reads it).

/** The facts of a referral that access turns on. */
export type TReferralAccessFacts = {
  providerId: number;
  /** The victim's province: where rescued in Cambodia, else the case's; null abroad, no case. */
  victimProvinceId: number | null;
};

/** The referrals `user` may read: made to their agency, or of a victim in their scope. */
export function referralScope(user: ActingUser): Prisma.ReferralWhereInput {
  assertCan(user, "read:referral");
  const live: Prisma.ReferralWhereInput = { deletedAt: null, victim: { deletedAt: null } };
  const victims = victimScope(user);
  // National scope is {}: every victim. Prisma reads an empty relation filter inside OR as
  // matching nothing, so national readers get no OR at all.
  if (Object.keys(victims).length === 0) return live;
  return { ...live, OR: [{ providerId: user.agencyId }, { victim: victims }] };
}

/** Refers a victim: the same right as writing the victim's record (write:record in scope). */
export function assertCanReferVictim(user: ActingUser, victimProvinceId: number | null) {
  assertCan(user, "write:referral");
  assertCanWriteIn(user, victimProvinceId);
}

/** Changes a referral's status or records a follow-up: its provider's staff, or staff in scope. */
export function canUpdateReferral(user: ActingUser, facts: TReferralAccessFacts): boolean {
  if (!can(user, "write:referral")) return false;
  return user.agencyId === facts.providerId || inScope(user, facts.victimProvinceId);
}

export function assertCanUpdateReferral(user: ActingUser, facts: TReferralAccessFacts) {
  if (!canUpdateReferral(user, facts)) throw forbidden();
}

/** Whether a referral's page may show the victim's name: a role that reads identities, for a
 * victim in scope or referred to the user's own agency (it serves them by name). */
export function canReadReferralIdentity(user: ActingUser, facts: TReferralAccessFacts): boolean {
  if (!can(user, "read:victim-identity")) return false;
  return user.agencyId === facts.providerId || inScope(user, facts.victimProvinceId);
}
