import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan, assertCanWriteIn, caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { changeInstant, checkStatusChange } from "@/lib/domain/case-workflow";
import { AppError, notFound } from "@/lib/errors";
import type { TChangeCaseStatus } from "@/lib/validation/case-status";
import { todayInPhnomPenh } from "@/lib/validation/common";
import { auditedCase } from "./case-mutations";
import { staleVersionError } from "./conflicts";

/**
 * Moves a case along its workflow (decision 0036): the case's status, its date and close reason,
 * one history row and one audit event, in one transaction. The move is checked against the status
 * the case has now, under its row lock, not the one the form was drawn from; a form based on an
 * older version is refused as a conflict before anything is checked, so two people closing the
 * same case never both succeed.
 */
export async function changeCaseStatus(
  user: ActingUser,
  input: TChangeCaseStatus,
  request: RequestContext,
) {
  assertCan(user, "change:case-status");
  return auditedTransaction(db, async (tx, audit) => {
    await tx.$executeRaw`SELECT 1 FROM "case" WHERE id = ${input.id}::uuid FOR UPDATE`;
    const before = await tx.case.findFirst({
      where: { id: input.id, deletedAt: null, ...caseScope(user) },
      select: auditedCase,
    });
    if (!before) throw notFound();
    assertCanWriteIn(user, before.provinceId);
    if (before.version !== input.version) {
      throw await staleVersionError(tx, "case", input.id, input.version);
    }
    const previousAt = before.statusChangedAt;
    const fieldErrors = checkStatusChange({
      from: before.status,
      to: input.toStatus,
      closeReason: input.closeReason,
      note: input.note,
      changedOn: input.changedOn,
      previousOn: previousAt ? todayInPhnomPenh(previousAt) : null,
      today: todayInPhnomPenh(),
    });
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("invalid", "invalid", {}, fieldErrors);
    }
    const at = changeInstant(input.changedOn, previousAt);
    const closeReason = input.toStatus === "CLOSED" ? (input.closeReason ?? null) : null;
    const { count } = await tx.case.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: {
        status: input.toStatus,
        statusChangedAt: at,
        closeReason,
        version: { increment: 1 },
        updatedById: user.id,
      },
    });
    // The row is locked and its version checked above; a miss here is a bug, not a race.
    if (count !== 1) throw new Error(`case ${input.id} status change matched ${count} rows`);
    await tx.caseStatusChange.create({
      data: {
        caseId: input.id,
        fromStatus: before.status,
        toStatus: input.toStatus,
        at,
        actorId: user.id,
        note: input.note ?? null,
        closeReason,
      },
    });
    const after = await tx.case.findUniqueOrThrow({ where: { id: input.id }, select: auditedCase });
    audit.record({
      actor: user,
      action: "case.status_changed",
      entityType: "case",
      entityId: input.id,
      provinceId: after.provinceId,
      before,
      after,
      request,
    });
    return { id: input.id, version: after.version };
  });
}

/** A case's status history, oldest first, with who made each change (name, else email). */
export async function findCaseStatusHistory(user: ActingUser, caseId: string) {
  assertCan(user, "read:record");
  return db.caseStatusChange.findMany({
    where: { caseId, case: caseScope(user) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      at: true,
      note: true,
      closeReason: true,
      actor: { select: { name: true, email: true } },
    },
  });
}

export type CaseStatusHistory = Awaited<ReturnType<typeof findCaseStatusHistory>>;
