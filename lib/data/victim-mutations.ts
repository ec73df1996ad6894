import "server-only";
import { auditedTransaction, type AuditLog } from "@/lib/audit/audited-transaction";
import { changedFieldNames } from "@/lib/audit/diff";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { generateVictimCode } from "@/lib/domain/codes";
import { notFound } from "@/lib/errors";
import type { TRecordRef } from "@/lib/validation/case";
import type { TCreateVictim, TUpdateVictim } from "@/lib/validation/victim";
import { assertApplied } from "./conflicts";
import { decideDuplicates, withDuplicateWarningLog } from "./duplicates";
import { auditPersonCreated, lockCase, personWrites, type Tx } from "./person-writes";
import { assertCan, victimScope } from "@/lib/auth/scope";
import {
  assertCanWriteVictim,
  auditedVictim,
  victimFieldsOf,
  type CaseCheck,
  type TVictimFields,
} from "./victim-fields";

// Codes are random (6 symbols of 32): a collision is rare, several in a row mean something is wrong.
const CODE_ATTEMPTS = 5;

/**
 * Inserts the victim under a fresh code. A taken code is skipped with ON CONFLICT DO NOTHING
 * rather than caught as an error, because an error would abort the whole transaction.
 */
async function insertWithFreshCode(
  tx: Tx,
  data: TVictimFields & { createdById: string; agencyId: number; linkedToId: string | null },
) {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const [created] = await tx.victim.createManyAndReturn({
      data: [{ ...data, code: generateVictimCode(), updatedById: data.createdById }],
      skipDuplicates: true,
      select: auditedVictim,
    });
    if (created) return created;
  }
  throw new Error(`No free victim code after ${CODE_ATTEMPTS} attempts`);
}

export async function createVictim(
  user: ActingUser,
  input: TCreateVictim,
  request: RequestContext,
) {
  assertCan(user, "write:record");
  const data = victimFieldsOf(input);
  return withDuplicateWarningLog(user, request, () =>
    auditedTransaction(db, async (tx, audit) => {
      const provinceId = await assertCanWriteVictim(tx, user, data, "new");
      const linkedToId = await decideDuplicates(tx, user, "victim", input, data);
      const created = await insertWithFreshCode(tx, {
        ...data,
        createdById: user.id,
        agencyId: user.agencyId,
        linkedToId,
      });
      auditPersonCreated(audit, user, "victim", created, provinceId, request);
      return { id: created.id, version: created.version, caseId: created.caseId };
    }),
  );
}

type Change = Partial<TVictimFields> & { deletedAt?: Date | null };
type Action = "victim.updated" | "victim.deleted" | "victim.restored";

/** Applies `change` only if the victim is still at `ref.version`; otherwise explains the conflict. */
async function writeAtVersion(
  tx: Tx,
  audit: AuditLog,
  user: ActingUser,
  ref: TRecordRef,
  change: Change,
  action: Action,
  request: RequestContext,
) {
  // Lock the row first, so the "before" we audit is the row we change.
  await tx.$executeRaw`SELECT 1 FROM victim WHERE id = ${ref.id}::uuid FOR UPDATE`;
  const before = await tx.victim.findFirst({
    where: { id: ref.id, ...victimScope(user) },
    select: auditedVictim,
  });
  if (!before) throw notFound();
  const beforeProvinceId = await assertCanWriteVictim(tx, user, before, "as-is");
  const restoring = action === "victim.restored";
  // A move to another case that does not exist would reach the foreign key, which refuses it
  // only as a database error (a 500): look the case up first when the update would apply.
  if (change.caseId && change.caseId !== before.caseId && before.version === ref.version) {
    await lockCase(tx, user, change.caseId, { scoped: true, live: true });
  }
  const { count } = await tx.victim.updateMany({
    where: { id: ref.id, version: ref.version, deletedAt: restoring ? { not: null } : null },
    data: { ...change, version: { increment: 1 }, updatedById: user.id },
  });
  await assertApplied(tx, "victim", { count, ref, versionBefore: before.version }, restoring);
  const after = await tx.victim.findUniqueOrThrow({ where: { id: ref.id }, select: auditedVictim });
  // The record's new place must be in scope too (a refusal rolls the update back). Deleting
  // changes no place; an edit or a restore leaves the victim live in its case.
  const check: CaseCheck = restoring ? "live" : after.caseId !== before.caseId ? "new" : "as-is";
  const provinceId =
    action === "victim.deleted"
      ? beforeProvinceId
      : await assertCanWriteVictim(tx, user, after, check);
  audit.record({
    actor: user,
    action,
    entityType: "victim",
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

const writes = personWrites("victim", writeAtVersion, (input: TUpdateVictim) =>
  victimFieldsOf(input),
);
export const updateVictim = writes.update;
export const deleteVictim = writes.remove;
export const restoreVictim = writes.restore;
