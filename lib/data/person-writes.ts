import "server-only";
import { auditedTransaction, type AuditLog } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, caseScope } from "@/lib/auth/scope";
import type { TRecordRef } from "@/lib/validation/case";

// What suspect and victim mutations share: both are people attached to a case.

export type Tx = Prisma.TransactionClient;

/** A form's YYYY-MM-DD for a @db.Date column: midnight UTC, so no time zone shifts the day. */
export function calendarDate(date: string | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

/**
 * Locks a case against deletion and province changes until the caller commits, and returns its
 * province. `scoped`: the user must be able to see the case (anyone attaching a person to a case
 * must; otherwise case ids could be probed). `live`: the case must not be soft-deleted, so no
 * live person ends up in a deleted case. Either failure reads as "not found", as for cases.
 */
export async function lockCase(
  tx: Tx,
  user: ActingUser,
  caseId: string,
  { scoped, live }: { scoped: boolean; live: boolean },
): Promise<number> {
  await tx.$executeRaw`SELECT 1 FROM "case" WHERE id = ${caseId}::uuid FOR SHARE`;
  const found = await tx.case.findFirst({
    where: { id: caseId, ...(live ? { deletedAt: null } : {}), ...(scoped ? caseScope(user) : {}) },
    select: { provinceId: true },
  });
  if (!found) throw notFound();
  return found.provinceId;
}

/** The audit of a new victim or suspect: `<kind>.created`, and `<kind>.linked` when the user
 * saved it as the same person as an existing record. */
export function auditPersonCreated(
  audit: AuditLog,
  user: ActingUser,
  kind: "victim" | "suspect",
  created: { id: string; linkedToId: string | null } & Record<string, unknown>,
  provinceId: number | null,
  request: RequestContext,
) {
  const base = { actor: user, entityType: kind, entityId: created.id, provinceId, request };
  audit.record({ ...base, action: `${kind}.created`, before: null, after: created });
  if (created.linkedToId) {
    audit.record({
      ...base,
      action: `${kind}.linked`,
      details: { samePersonAs: created.linkedToId },
    });
  }
}

type Person = "suspect" | "victim";
/** What a save returns: all the form needs (decision 0038), never the record's values. */
type Saved = { id: string; version: number; caseId: string | null; changed: string[] };

/** Applies a change to a person only at the version the user saw, and audits it (each kind's own
 * scope rules live in its writeAtVersion). */
export type WriteAtVersion<P extends Person, C> = (
  tx: Tx,
  audit: AuditLog,
  user: ActingUser,
  ref: TRecordRef,
  change: C | { deletedAt: Date | null },
  action: `${P}.updated` | `${P}.deleted` | `${P}.restored`,
  request: RequestContext,
) => Promise<Saved>;

/**
 * A person's edit, soft delete and restore: the permission first, then the change, applied at the
 * record's version with its audit row in one transaction.
 */
export function personWrites<P extends Person, I extends TRecordRef, C>(
  person: P,
  writeAtVersion: WriteAtVersion<P, C>,
  fieldsOf: (input: I) => C,
) {
  // Async, so a refusal is a rejected promise like every other lib/data write, never a throw.
  async function write(
    user: ActingUser,
    ref: TRecordRef,
    change: () => C | { deletedAt: Date | null },
    action: `${P}.updated` | `${P}.deleted` | `${P}.restored`,
    request: RequestContext,
  ) {
    assertCan(user, "write:record");
    const data = change();
    return auditedTransaction(db, (tx, audit) =>
      writeAtVersion(tx, audit, user, ref, data, action, request),
    );
  }
  return {
    update: (user: ActingUser, input: I, request: RequestContext) =>
      write(user, input, () => fieldsOf(input), `${person}.updated`, request),
    remove: (user: ActingUser, ref: TRecordRef, request: RequestContext) =>
      write(user, ref, () => ({ deletedAt: new Date() }), `${person}.deleted`, request),
    restore: (user: ActingUser, ref: TRecordRef, request: RequestContext) =>
      write(user, ref, () => ({ deletedAt: null }), `${person}.restored`, request),
  };
}
