import "server-only";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import {
  canOpenReferralVictim,
  canReadReferralIdentity,
  canUpdateReferral,
  referralScope,
  referralVictimPlace,
  victimPlaceOf,
} from "@/lib/auth/referral-access";
import { db, dbRead } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { REFERRAL_PAGE_SIZE, type TReferralFilters } from "@/lib/filters/referral-filters";
import { referralListWhere } from "@/lib/filters/referral-where";
import type { ServiceType } from "@/lib/generated/prisma/client";
import { logIdentityReads } from "./identity-reads";

// Reads of referrals: the /referrals queue, one referral's page, a victim's referrals, and the
// providers a referral may go to. Lists show the victim's code, never a name.

const agencyName = { id: true, code: true, nameEn: true, nameKm: true } as const;

/** One page of the queue, newest referral first, with the total the filters select. */
export async function findReferrals(user: ActingUser, filters: TReferralFilters) {
  const where = await referralListWhere(user, filters);
  const page = filters.page ?? 1;
  const [rows, total] = await Promise.all([
    dbRead.referral.findMany({
      where,
      orderBy: [{ referredAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * REFERRAL_PAGE_SIZE,
      take: REFERRAL_PAGE_SIZE,
      select: {
        id: true,
        service: true,
        status: true,
        referredAt: true,
        statusAt: true,
        providedAt: true,
        // The list names the provider in the reader's language and shows the victim's code.
        provider: { select: { code: true, nameEn: true, nameKm: true } },
        victim: { select: { code: true } },
      },
    }),
    dbRead.referral.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / REFERRAL_PAGE_SIZE)) };
}

/** One referral with its history and follow-ups; the victim's name only where the reader may
 * see it for this victim, and only once that viewing is logged (decision 0026). */
export async function findReferral(user: ActingUser, id: string, request: RequestContext) {
  const found = await db.referral.findFirst({
    where: { id, ...referralScope(user) },
    select: {
      id: true,
      service: true,
      status: true,
      referredAt: true,
      statusAt: true,
      providedAt: true,
      note: true,
      version: true,
      providerId: true,
      provider: { select: agencyName },
      createdBy: { select: { name: true } },
      victim: { select: { id: true, code: true, ...referralVictimPlace } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, status: true, at: true, note: true, actor: { select: { name: true } } },
      },
      followUps: {
        where: { deletedAt: null },
        orderBy: [{ visitedAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          visitedAt: true,
          visitedBy: true,
          outcome: true,
          reintegration: true,
          createdBy: { select: { name: true } },
        },
      },
    },
  });
  if (!found) throw notFound();
  const facts = {
    providerId: found.providerId,
    victim: victimPlaceOf(found.victim),
    status: found.status,
  };
  let victimName: string | null = null;
  if (canReadReferralIdentity(user, facts)) {
    await logIdentityReads(
      user,
      [{ id: found.victim.id, provinceId: facts.victim.provinceId }],
      "referral",
      request,
    );
    const v = await db.victim.findUniqueOrThrow({
      where: { id: found.victim.id },
      select: { name: true },
    });
    victimName = v.name;
  }
  return {
    ...found,
    victimName,
    victimInScope: canOpenReferralVictim(user, facts),
    writable: canUpdateReferral(user, facts),
  };
}

/** A victim's referrals, for the victim's page (the page itself checked the victim's scope). */
export async function findVictimReferrals(user: ActingUser, victimId: string) {
  return db.referral.findMany({
    where: { victimId, ...referralScope(user) },
    orderBy: [{ referredAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      service: true,
      status: true,
      referredAt: true,
      providedAt: true,
      provider: { select: agencyName },
      _count: { select: { followUps: { where: { deletedAt: null } } } },
    },
  });
}

/** Active agencies that provide a service, for the refer form (each with what it offers). */
export async function findProviders(service?: ServiceType) {
  return db.agency.findMany({
    where: { active: true, services: service ? { has: service } : { isEmpty: false } },
    orderBy: [{ provinceId: { sort: "asc", nulls: "first" } }, { code: "asc" }],
    select: { ...agencyName, services: true, provinceId: true },
  });
}
