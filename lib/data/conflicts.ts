import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const BOOKKEEPING = new Set(["version", "updatedAt", "updatedById"]);

/**
 * The refusal for a save based on a stale version: who changed the record since, when, and which
 * fields, read from the record's own audit events. Nothing is overwritten.
 */
export async function staleVersionError(
  tx: Prisma.TransactionClient,
  entityType: string,
  entityId: string,
  baseVersion: number,
): Promise<AppError> {
  const events = await tx.$queryRaw<
    { actor_email: string | null; occurred_at: Date; changes: unknown }[]
  >`
    SELECT actor_email, occurred_at, changes FROM audit_event
     WHERE entity_type = ${entityType} AND entity_id = ${entityId}
       AND (changes -> 'fields' -> 'version' ->> 'after')::int > ${baseVersion}
     ORDER BY id`;
  const fields = new Set<string>();
  for (const e of events) {
    const changed = (e.changes as { fields?: Record<string, unknown> } | null)?.fields ?? {};
    for (const f of Object.keys(changed)) if (!BOOKKEEPING.has(f)) fields.add(f);
  }
  const who = [...new Set(events.map((e) => e.actor_email ?? "system"))].join(", ");
  const last = events.at(-1)?.occurred_at;
  return new AppError("conflict", "recordChanged", {
    who: who || "another user",
    when: last ? last.toISOString() : "",
    fields: [...fields].join(", ") || "—",
  });
}

/**
 * After an update guarded by the version the user saw (`updateMany … where version`): nothing when
 * it applied; otherwise why not. At the same version, the record was not in the state the action
 * needs (deleted, or for a restore not deleted); at another, someone saved first (who and what).
 */
export async function assertApplied(
  tx: Prisma.TransactionClient,
  entityType: "case" | "suspect" | "victim",
  outcome: { count: number; ref: { id: string; version: number }; versionBefore: number },
  restoring: boolean,
) {
  const { count, ref, versionBefore } = outcome;
  if (count > 0) return;
  if (versionBefore === ref.version) {
    throw new AppError("conflict", restoring ? "notDeleted" : "recordDeleted");
  }
  throw await staleVersionError(tx, entityType, ref.id, ref.version);
}
