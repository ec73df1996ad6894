import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { changedFieldNames } from "@/lib/audit/diff";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { courtWriteScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import type { TUpdateSuspectCourt } from "@/lib/validation/court";
import { assertApplied } from "./conflicts";
import { auditedSuspect, courtColumnsOf } from "./suspect-fields";

/**
 * A suspect's court fields, and nothing else: what a court clerk edits (write:court, decision
 * 0034), at the version they saw, audited as any suspect edit. The suspect must be live and within
 * the user's court reach before the change and after it, so a clerk cannot move a case's court
 * out of their province either (a refusal rolls the update back).
 */
export async function updateSuspectCourt(
  user: ActingUser,
  input: TUpdateSuspectCourt,
  request: RequestContext,
) {
  const reach = courtWriteScope(user);
  const { id, version, ...court } = input;
  return auditedTransaction(db, async (tx, audit) => {
    await tx.$executeRaw`SELECT 1 FROM suspect WHERE id = ${id}::uuid FOR UPDATE`;
    const found = await tx.suspect.findFirst({
      where: { id, deletedAt: null, ...reach },
      select: { ...auditedSuspect, case: { select: { provinceId: true } } },
    });
    if (!found) throw notFound();
    const { case: kase, ...before } = found;
    const { count } = await tx.suspect.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...courtColumnsOf(court), version: { increment: 1 }, updatedById: user.id },
    });
    const ref = { id, version };
    await assertApplied(tx, "suspect", { count, ref, versionBefore: before.version }, false);
    const after = await tx.suspect.findFirst({ where: { id, ...reach }, select: auditedSuspect });
    if (!after) throw forbidden();
    audit.record({
      actor: user,
      action: "suspect.updated",
      entityType: "suspect",
      entityId: id,
      provinceId: kase?.provinceId ?? null,
      before,
      after,
      request,
    });
    return {
      id,
      version: after.version,
      caseId: after.caseId,
      changed: changedFieldNames(before, after),
    };
  });
}
