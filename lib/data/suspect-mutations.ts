import "server-only";
import { auditedTransaction, type AuditLog } from "@/lib/audit/audited-transaction";
import { changedFieldNames } from "@/lib/audit/diff";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { TRecordRef } from "@/lib/validation/case";
import type { TCreateSuspect, TUpdateSuspect } from "@/lib/validation/suspect";
import { assertApplied } from "./conflicts";
import { decideDuplicates } from "./duplicates";
import { auditPersonCreated, lockCase, personWrites, type Tx } from "./person-writes";
import { assertCanWriteIn } from "@/lib/auth/scope";
import { assertCan, suspectScope } from "@/lib/auth/scope";
import { auditedSuspect, suspectFieldsOf, type TSuspectFields } from "./suspect-fields";

// A suspect belongs to its case's province: every write checks that province is in the user's
// scope, and a suspect is only ever written into a live case the user may see.

/** The case a suspect is written into: live, visible to the user, and in their provinces. */
async function lockTargetCase(tx: Tx, user: ActingUser, caseId: string) {
  const provinceId = await lockCase(tx, user, caseId, { scoped: true, live: true });
  assertCanWriteIn(user, provinceId);
  return provinceId;
}

export async function createSuspect(
  user: ActingUser,
  input: TCreateSuspect,
  request: RequestContext,
) {
  assertCan(user, "write:record");
  const data = suspectFieldsOf(input);
  return auditedTransaction(db, async (tx, audit) => {
    const provinceId = await lockTargetCase(tx, user, data.caseId);
    const linkedToId = await decideDuplicates(tx, user, "suspect", input, data);
    const created = await tx.suspect.create({
      data: {
        ...data,
        linkedToId,
        agencyId: user.agencyId,
        createdById: user.id,
        updatedById: user.id,
      },
      select: auditedSuspect,
    });
    auditPersonCreated(audit, user, "suspect", created, provinceId, request);
    return { id: created.id, version: created.version, caseId: created.caseId };
  });
}

type Change = Partial<TSuspectFields> & { deletedAt?: Date | null };

/** Applies `change` only if the suspect is still at `ref.version`; otherwise explains the conflict. */
async function writeAtVersion(
  tx: Tx,
  audit: AuditLog,
  user: ActingUser,
  ref: TRecordRef,
  change: Change,
  action: "suspect.updated" | "suspect.deleted" | "suspect.restored",
  request: RequestContext,
) {
  // Lock the row first, so the "before" we audit is the row we change.
  await tx.$executeRaw`SELECT 1 FROM suspect WHERE id = ${ref.id}::uuid FOR UPDATE`;
  const found = await tx.suspect.findFirst({
    where: { id: ref.id, ...suspectScope(user) },
    select: { ...auditedSuspect, case: { select: { provinceId: true } } },
  });
  if (!found) throw notFound();
  const { case: currentCase, ...before } = found;
  assertCanWriteIn(user, currentCase?.provinceId ?? null);
  const restoring = action === "suspect.restored";
  // A move to another case that does not exist would reach the foreign key, which refuses it
  // only as a database error (a 500): look the case up first when the update would apply.
  if (change.caseId && change.caseId !== before.caseId && before.version === ref.version) {
    await lockTargetCase(tx, user, change.caseId);
  }
  const { count } = await tx.suspect.updateMany({
    where: { id: ref.id, version: ref.version, deletedAt: restoring ? { not: null } : null },
    data: { ...change, version: { increment: 1 }, updatedById: user.id },
  });
  await assertApplied(tx, "suspect", { count, ref, versionBefore: before.version }, restoring);
  // An edit or a restore leaves the suspect live, so its (possibly new) case must be live too.
  // Checked after the version, so a stale or deleted record is reported as such; a refusal here
  // rolls the update back with everything else.
  const targetCaseId = change.caseId ?? before.caseId;
  const provinceId =
    action !== "suspect.deleted" && targetCaseId
      ? await lockTargetCase(tx, user, targetCaseId)
      : (currentCase?.provinceId ?? null);
  const after = await tx.suspect.findUniqueOrThrow({
    where: { id: ref.id },
    select: auditedSuspect,
  });
  audit.record({
    actor: user,
    action,
    entityType: "suspect",
    entityId: ref.id,
    provinceId,
    before,
    after,
    request,
  });
  return {
    id: ref.id,
    version: after.version,
    caseId: after.caseId,
    changed: changedFieldNames(before, after),
  };
}

const writes = personWrites("suspect", writeAtVersion, (input: TUpdateSuspect) =>
  suspectFieldsOf(input),
);
export const updateSuspect = writes.update;
export const deleteSuspect = writes.remove;
export const restoreSuspect = writes.restore;
