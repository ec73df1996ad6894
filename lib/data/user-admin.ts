import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import { userAuditSnapshot } from "@/lib/audit/user-snapshot";
import type { ActingUser } from "@/lib/auth/acting-user";
import { hashPassword } from "@/lib/auth/passwords";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateUser, TUpdateUserAccess, TUserRef } from "@/lib/validation/users";
import { assertCan } from "@/lib/auth/scope";
import { assertAgencyFits } from "./agencies";

type Tx = Prisma.TransactionClient;
const LAST_ADMIN_LOCK = 7_262_018;

// Serialised by a lock so two administrators cannot each remove "the other" last administrator.
async function assertAnotherActiveAdmin(tx: Tx, exceptUserId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LAST_ADMIN_LOCK})`;
  const others = await tx.user.count({
    where: { role: "ADMIN", active: true, id: { not: exceptUserId } },
  });
  if (others === 0) throw new AppError("last-admin");
}

/** Bumps the version (optimistic lock) and the session version (ends the user's sessions). */
async function updateAtVersion(tx: Tx, ref: TUserRef, data: Prisma.UserUncheckedUpdateManyInput) {
  const { count } = await tx.user.updateMany({
    where: { id: ref.id, version: ref.version },
    data: {
      ...data,
      version: { increment: 1 },
      sessionVersion: { increment: 1 },
    },
  });
  if (count === 0) throw new AppError("conflict", "userChanged");
}

export async function createUser(actor: ActingUser, input: TCreateUser, request: RequestContext) {
  assertCan(actor, "manage:user");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return auditedTransaction(db, async (tx, audit) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("invalid", "invalid", {}, { email: ["emailTaken"] });
    }
    await assertAgencyFits(tx, input);
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        agencyId: input.agencyId,
        agencyUnit: input.agencyUnit ?? null,
        nationalScope: input.nationalScope,
        passwordHash,
        mustChangePassword: true,
        provinces: { create: input.provinceIds.map((provinceId) => ({ provinceId })) },
      },
      select: { id: true },
    });
    audit.record({
      actor,
      action: "user.created",
      entityType: "user",
      entityId: created.id,
      before: null,
      after: await userAuditSnapshot(tx, created.id),
      request,
    });
    return { id: created.id, temporaryPassword };
  });
}

export async function updateUserAccess(
  actor: ActingUser,
  input: TUpdateUserAccess,
  request: RequestContext,
) {
  assertCan(actor, "manage:user");
  return auditedTransaction(db, async (tx, audit) => {
    const before = await userAuditSnapshot(tx, input.id);
    await assertAgencyFits(tx, input, before.agencyId);
    if (before.role === "ADMIN" && input.role !== "ADMIN" && before.active) {
      await assertAnotherActiveAdmin(tx, input.id);
    }
    await updateAtVersion(tx, input, {
      name: input.name,
      role: input.role,
      agencyId: input.agencyId,
      agencyUnit: input.agencyUnit ?? null,
      nationalScope: input.nationalScope,
    });
    await tx.userProvince.deleteMany({ where: { userId: input.id } });
    await tx.userProvince.createMany({
      data: input.provinceIds.map((provinceId) => ({ userId: input.id, provinceId })),
    });
    const after = await userAuditSnapshot(tx, input.id);
    audit.record({
      actor,
      action: "user.access_changed",
      entityType: "user",
      entityId: input.id,
      before,
      after,
      request,
    });
    return { id: input.id };
  });
}

export async function setUserActive(
  actor: ActingUser,
  ref: TUserRef,
  active: boolean,
  request: RequestContext,
) {
  assertCan(actor, "manage:user");
  return auditedTransaction(db, async (tx, audit) => {
    const before = await userAuditSnapshot(tx, ref.id);
    if (!active && before.role === "ADMIN") await assertAnotherActiveAdmin(tx, ref.id);
    await updateAtVersion(tx, ref, { active });
    const after = await userAuditSnapshot(tx, ref.id);
    audit.record({
      actor,
      action: active ? "user.reactivated" : "user.deactivated",
      entityType: "user",
      entityId: ref.id,
      before,
      after,
      request,
    });
    return { id: ref.id };
  });
}

export async function resetUserPassword(actor: ActingUser, ref: TUserRef, request: RequestContext) {
  assertCan(actor, "manage:user");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return auditedTransaction(db, async (tx, audit) => {
    const before = await userAuditSnapshot(tx, ref.id);
    await updateAtVersion(tx, ref, { passwordHash, mustChangePassword: true });
    const after = await userAuditSnapshot(tx, ref.id);
    // The diff holds mustChangePassword and version; the password itself is never written.
    audit.record({
      actor,
      action: "user.password_reset",
      entityType: "user",
      entityId: ref.id,
      before,
      after,
      request,
    });
    return { id: ref.id, temporaryPassword };
  });
}
