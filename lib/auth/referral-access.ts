import "server-only";
import type { Prisma, ReferralStatus } from "@/lib/generated/prisma/client";
import { forbidden } from "@/lib/errors";
import { can, inScope, type ActingUser } from "./acting-user";
import { reachOf } from "./permissions";
import { assertCan, mayWriteVictim, referralReach } from "./scope";

// Who may see and touch a referral (decisions 0034 and 0035), on the permission table's reaches:
// - a provider's staff (reach `referred`) see and update the referrals made to their agency, and
//   read those victims' identities; nothing else of the victim's record;
// - case staff (reach `scope`) refer and update for the victims in their provinces;
// - Foreign Affairs staff (reach `abroad`) for the victims rescued abroad;
// - managers and auditors read the referrals of the victims in their scope.

/** What a referral's victim must be selected with for the checks below. */
export const referralVictimPlace = {
  rescueProvinceId: true,
  rescuedAbroad: true,
  case: { select: { provinceId: true } },
} as const;

export type TVictimPlace = { provinceId: number | null; rescuedAbroad: boolean };

/** A victim's place as scope reads it: where rescued in Cambodia, else the case's province. */
export function victimPlaceOf(v: {
  rescueProvinceId: number | null;
  rescuedAbroad: boolean;
  case: { provinceId: number } | null;
}): TVictimPlace {
  return {
    provinceId: v.rescueProvinceId ?? v.case?.provinceId ?? null,
    rescuedAbroad: v.rescuedAbroad,
  };
}

/** The facts of a referral that access turns on. */
export type TReferralAccessFacts = {
  providerId: number;
  victim: TVictimPlace;
  /** A declined referral gives its provider no access to the victim's identity or record. */
  status: ReferralStatus;
};

/** The live referrals `user` may read (of live victims), as the permission table reaches them. */
export function referralScope(user: ActingUser): Prisma.ReferralWhereInput {
  assertCan(user, "read:referral");
  return { deletedAt: null, victim: { deletedAt: null }, AND: [referralReach(user)] };
}

/** Whether a victim lies within the user's reach for `permission` (provider reach aside). */
function victimWithin(
  user: ActingUser,
  permission: "write:referral" | "read:victim-identity" | "read:record",
  victim: TVictimPlace,
) {
  const reach = reachOf(user, permission);
  if (reach === "scope") return inScope(user, victim.provinceId);
  if (reach === "abroad") return victim.rescuedAbroad;
  return false;
}

/** Refers a victim: the same right as writing the victim's record (providers may not refer). */
export function assertCanReferVictim(user: ActingUser, victim: TVictimPlace) {
  assertCan(user, "write:referral");
  if (!mayWriteVictim(user, victim)) throw forbidden();
}

/** Changes a referral's status or records a follow-up: its provider's staff, or staff whose
 * reach holds the victim. */
export function canUpdateReferral(user: ActingUser, facts: TReferralAccessFacts): boolean {
  if (!can(user, "write:referral")) return false;
  if (reachOf(user, "write:referral") === "referred") return facts.providerId === user.agencyId;
  return victimWithin(user, "write:referral", facts.victim);
}

export function assertCanUpdateReferral(user: ActingUser, facts: TReferralAccessFacts) {
  if (!canUpdateReferral(user, facts)) throw forbidden();
}

/** Whether a referral's page may show the victim's name: the reader's identity reach holds the
 * victim, or (a provider) the referral is made to the reader's agency. */
export function canReadReferralIdentity(user: ActingUser, facts: TReferralAccessFacts): boolean {
  if (!can(user, "read:victim-identity")) return false;
  if (reachOf(user, "read:victim-identity") === "referred") {
    return facts.providerId === user.agencyId && facts.status !== "DECLINED";
  }
  return victimWithin(user, "read:victim-identity", facts.victim);
}

/** Whether the referral's page may link to the victim's record. */
export function canOpenReferralVictim(user: ActingUser, facts: TReferralAccessFacts): boolean {
  if (!can(user, "read:record")) return false;
  if (reachOf(user, "read:record") === "referred") {
    return facts.providerId === user.agencyId && facts.status !== "DECLINED";
  }
  return victimWithin(user, "read:record", facts.victim);
}
