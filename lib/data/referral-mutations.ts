import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import {
  assertCanReferVictim,
  assertCanUpdateReferral,
  referralScope,
  referralVictimPlace,
  victimPlaceOf,
} from "@/lib/auth/referral-access";
import { assertCan, victimScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import {
  acceptsFollowUps,
  checkFollowUp,
  checkReferralChange,
  providedAtAfter,
  type TReferralFieldErrors,
} from "@/lib/domain/referrals";
import { AppError, notFound } from "@/lib/errors";
import { phnomPenhInstant, todayInPhnomPenh } from "@/lib/validation/common";
import type {
  TChangeReferralStatus,
  TCreateReferral,
  TRecordFollowUp,
} from "@/lib/validation/referrals";
import { staleVersionError } from "./conflicts";
import type { Tx } from "./person-writes";

// Referrals to services and their follow-up visits (decision 0035). Each write, its history row
// and its audit event commit in one transaction; the audit names the victim's province.

/** The columns of a referral the audit trail records (the note is free text: redacted on read). */
export const auditedReferral = {
  id: true,
  victimId: true,
  service: true,
  providerId: true,
  referredAt: true,
  status: true,
  statusAt: true,
  providedAt: true,
  note: true,
  version: true,
} as const;

export const auditedFollowUp = {
  id: true,
  referralId: true,
  visitedAt: true,
  visitedBy: true,
  outcome: true,
  reintegration: true,
} as const;

function refuse(fieldErrors: TReferralFieldErrors): never {
  throw new AppError("invalid", "invalid", {}, fieldErrors);
}

/** The active agency that offers `service`, or a field error on the provider. */
async function assertProvider(tx: Tx, providerId: number, service: TCreateReferral["service"]) {
  const provider = await tx.agency.findFirst({
    where: { id: providerId, active: true, services: { has: service } },
    select: { id: true },
  });
  if (!provider) refuse({ providerId: ["provider"] });
}

export async function createReferral(
  user: ActingUser,
  input: TCreateReferral,
  request: RequestContext,
) {
  assertCan(user, "write:referral");
  return auditedTransaction(db, async (tx, audit) => {
    await tx.$executeRaw`SELECT 1 FROM victim WHERE id = ${input.victimId}::uuid FOR SHARE`;
    const victim = await tx.victim.findFirst({
      where: { id: input.victimId, deletedAt: null, ...victimScope(user) },
      select: referralVictimPlace,
    });
    if (!victim) throw notFound();
    const place = victimPlaceOf(victim);
    const provinceId = place.provinceId;
    assertCanReferVictim(user, place);
    await assertProvider(tx, input.providerId, input.service);
    const referredAt = phnomPenhInstant(input.referredOn, undefined)!;
    const created = await tx.referral.create({
      data: {
        victimId: input.victimId,
        service: input.service,
        providerId: input.providerId,
        referredAt,
        status: "REFERRED",
        statusAt: referredAt,
        note: input.note ?? null,
        createdById: user.id,
        updatedById: user.id,
        events: { create: { status: "REFERRED", at: referredAt, actorId: user.id, note: null } },
      },
      select: auditedReferral,
    });
    audit.record({
      actor: user,
      action: "referral.created",
      entityType: "referral",
      entityId: created.id,
      provinceId,
      before: null,
      after: created,
      request,
    });
    return { id: created.id, victimId: created.victimId, version: created.version };
  });
}

/** A referral in the user's scope, locked, with what access and the rules need; else not found. */
async function lockReferral(tx: Tx, user: ActingUser, id: string) {
  await tx.$executeRaw`SELECT 1 FROM referral WHERE id = ${id}::uuid FOR UPDATE`;
  const found = await tx.referral.findFirst({
    where: { id, ...referralScope(user) },
    select: { ...auditedReferral, victim: { select: referralVictimPlace } },
  });
  if (!found) throw notFound();
  const { victim, ...referral } = found;
  const place = victimPlaceOf(victim);
  const victimProvinceId = place.provinceId;
  assertCanUpdateReferral(user, {
    providerId: referral.providerId,
    victim: place,
    status: referral.status,
  });
  return { referral, victimProvinceId };
}

export async function changeReferralStatus(
  user: ActingUser,
  input: TChangeReferralStatus,
  request: RequestContext,
) {
  assertCan(user, "write:referral");
  return auditedTransaction(db, async (tx, audit) => {
    const { referral: before, victimProvinceId } = await lockReferral(tx, user, input.id);
    if (before.version !== input.version) {
      throw await staleVersionError(tx, "referral", input.id, input.version);
    }
    const errors = checkReferralChange({
      from: before.status,
      to: input.status,
      on: input.on,
      referredOn: todayInPhnomPenh(before.referredAt),
      lastChangeOn: todayInPhnomPenh(before.statusAt),
      today: todayInPhnomPenh(),
    });
    if (Object.keys(errors).length > 0) refuse(errors);
    const at = phnomPenhInstant(input.on, undefined)!;
    const after = await tx.referral.update({
      where: { id: input.id, version: input.version },
      data: {
        status: input.status,
        statusAt: at,
        providedAt: providedAtAfter(input.status, at, before.providedAt),
        version: { increment: 1 },
        updatedById: user.id,
        events: {
          create: { status: input.status, at, actorId: user.id, note: input.note ?? null },
        },
      },
      select: auditedReferral,
    });
    audit.record({
      actor: user,
      action: "referral.status_changed",
      entityType: "referral",
      entityId: input.id,
      provinceId: victimProvinceId,
      before,
      after,
      request,
    });
    return { id: after.id, victimId: after.victimId, version: after.version };
  });
}

export async function recordFollowUp(
  user: ActingUser,
  input: TRecordFollowUp,
  request: RequestContext,
) {
  assertCan(user, "write:referral");
  return auditedTransaction(db, async (tx, audit) => {
    const { referral, victimProvinceId } = await lockReferral(tx, user, input.referralId);
    if (!acceptsFollowUps(referral.status)) throw new AppError("invalid", "followUpNotAccepted");
    const errors = checkFollowUp({
      visitedOn: input.visitedOn,
      referredOn: todayInPhnomPenh(referral.referredAt),
      today: todayInPhnomPenh(),
    });
    if (Object.keys(errors).length > 0) refuse(errors);
    const created = await tx.followUp.create({
      data: {
        referralId: referral.id,
        visitedAt: phnomPenhInstant(input.visitedOn, undefined)!,
        visitedBy: input.visitedBy ?? null,
        outcome: input.outcome ?? null,
        reintegration: input.reintegration,
        createdById: user.id,
      },
      select: auditedFollowUp,
    });
    audit.record({
      actor: user,
      action: "referral.follow_up_recorded",
      entityType: "referral",
      entityId: referral.id,
      provinceId: victimProvinceId,
      before: null,
      after: created,
      request,
    });
    return { id: referral.id, victimId: referral.victimId, followUpId: created.id };
  });
}
