import "server-only";
import { auditedTransaction, type AuditLog } from "@/lib/audit/audited-transaction";
import { changedFieldNames } from "@/lib/audit/diff";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { yearInPhnomPenh } from "@/lib/domain/time";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateCase, TRecordRef, TUpdateCase } from "@/lib/validation/case";
import { phnomPenhInstant } from "@/lib/validation/common";
import { allocateCaseReference } from "./case-reference";
import { assertApplied } from "./conflicts";
import { assertCan, assertCanWriteIn, caseScope } from "@/lib/auth/scope";

type Tx = Prisma.TransactionClient;

export const auditedCase = {
  id: true,
  reference: true,
  offenceType: true,
  provinceId: true,
  leadAgency: true,
  crackedDownAt: true,
  status: true,
  statusChangedAt: true,
  closeReason: true,
  summary: true,
  version: true,
  deletedAt: true,
} as const;

export function fieldsOf(input: TCreateCase) {
  return {
    offenceType: input.offenceType,
    provinceId: input.provinceId,
    leadAgency: input.leadAgency,
    crackedDownAt: phnomPenhInstant(input.crackedDownOn, input.crackedDownTime),
    summary: input.summary ?? null,
  };
}

async function loadForWrite(tx: Tx, user: ActingUser, id: string) {
  const current = await tx.case.findFirst({
    where: { id, ...caseScope(user) },
    select: auditedCase,
  });
  if (!current) throw notFound();
  return current;
}

export async function createCase(user: ActingUser, input: TCreateCase, request: RequestContext) {
  assertCanWriteIn(user, input.provinceId);
  const data = fieldsOf(input);
  return auditedTransaction(db, async (tx, audit) => {
    const year = yearInPhnomPenh(data.crackedDownAt ?? new Date());
    const reference = await allocateCaseReference(tx, input.provinceId, year);
    // A new case starts OPEN, its first history row dated when it was cracked down (or now).
    const openedAt = data.crackedDownAt ?? new Date();
    const created = await tx.case.create({
      data: {
        ...data,
        status: "OPEN",
        statusChangedAt: openedAt,
        reference,
        agencyId: user.agencyId,
        createdById: user.id,
        updatedById: user.id,
      },
      select: auditedCase,
    });
    await tx.caseStatusChange.create({
      data: {
        caseId: created.id,
        fromStatus: null,
        toStatus: "OPEN",
        at: openedAt,
        actorId: user.id,
      },
    });
    audit.record({
      actor: user,
      action: "case.created",
      entityType: "case",
      entityId: created.id,
      provinceId: created.provinceId,
      before: null,
      after: created,
      request,
    });
    return { id: created.id, reference };
  });
}

/** Applies `data` only if the record is still at `ref.version`; otherwise explains the conflict. */
async function writeAtVersion(
  tx: Tx,
  audit: AuditLog,
  user: ActingUser,
  ref: TRecordRef,
  data: Prisma.CaseUncheckedUpdateManyInput,
  action: "case.updated" | "case.deleted" | "case.restored",
  deleted: boolean,
  request: RequestContext,
) {
  // Lock the row first, so the "before" we audit is the row we change.
  await tx.$executeRaw`SELECT 1 FROM "case" WHERE id = ${ref.id}::uuid FOR UPDATE`;
  const before = await loadForWrite(tx, user, ref.id);
  assertCanWriteIn(user, before.provinceId);
  if (typeof data.provinceId === "number") assertCanWriteIn(user, data.provinceId);
  const { count } = await tx.case.updateMany({
    where: { id: ref.id, version: ref.version, deletedAt: deleted ? { not: null } : null },
    data: { ...data, version: { increment: 1 }, updatedById: user.id },
  });
  await assertApplied(tx, "case", { count, ref, versionBefore: before.version }, deleted);
  const after = await tx.case.findUniqueOrThrow({ where: { id: ref.id }, select: auditedCase });
  audit.record({
    actor: user,
    action,
    entityType: "case",
    entityId: ref.id,
    provinceId: after.provinceId,
    before,
    after,
    request,
  });
  return { id: ref.id, version: after.version, changed: changedFieldNames(before, after) };
}

export async function updateCase(user: ActingUser, input: TUpdateCase, request: RequestContext) {
  assertCan(user, "write:record");
  return auditedTransaction(db, (tx, audit) =>
    writeAtVersion(tx, audit, user, input, fieldsOf(input), "case.updated", false, request),
  );
}

/** A case with live suspects or victims is not deleted: they would lose their case silently. */
export async function deleteCase(user: ActingUser, ref: TRecordRef, request: RequestContext) {
  assertCan(user, "write:record");
  return auditedTransaction(db, async (tx, audit) => {
    // Lock and scope-check first: counts must neither race a new suspect nor leak across scope.
    await tx.$executeRaw`SELECT 1 FROM "case" WHERE id = ${ref.id}::uuid FOR UPDATE`;
    const current = await loadForWrite(tx, user, ref.id);
    assertCanWriteIn(user, current.provinceId);
    const [suspects, victims] = await Promise.all([
      tx.suspect.count({ where: { caseId: ref.id, deletedAt: null } }),
      tx.victim.count({ where: { caseId: ref.id, deletedAt: null } }),
    ]);
    if (suspects + victims > 0)
      throw new AppError("conflict", "caseHasPeople", { suspects, victims });
    return writeAtVersion(
      tx,
      audit,
      user,
      ref,
      { deletedAt: new Date() },
      "case.deleted",
      false,
      request,
    );
  });
}

export async function restoreCase(user: ActingUser, ref: TRecordRef, request: RequestContext) {
  assertCan(user, "write:record");
  return auditedTransaction(db, (tx, audit) =>
    writeAtVersion(tx, audit, user, ref, { deletedAt: null }, "case.restored", true, request),
  );
}
