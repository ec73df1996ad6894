import type { Prisma } from "@/lib/generated/prisma/client";
import { hashAuditEvent, type AuditContent } from "./canonical";
import { diffFields } from "./diff";
import { AUDIT_CHAIN_LOCK, type AuditInput } from "./record";

// recordAudit for many events at once (a bulk import): the same content and hash chain, but the
// lock is taken and the last hash read once, and the rows go in with bulk INSERTs. Ids are
// assigned in ORDER BY n order, so the chain reads back in the order it was hashed.

// A chunk goes in as ONE JSON parameter, expanded by jsonb_array_elements: passing a text array
// per column made the driver escape every JSON document into an array literal, which cost about
// three times the database's own work. Ids follow the array order (ORDER BY n).
const CHUNK = 10_000;

type Row = AuditContent & { prevHash: string | null; hash: string };

async function insertChunk(tx: Prisma.TransactionClient, rows: Row[]) {
  await tx.$executeRaw`
    INSERT INTO audit_event (occurred_at, actor_id, actor_email, action, entity_type, entity_id,
                             province_id, changes, ip, user_agent, prev_hash, hash)
    SELECT (r ->> 'occurredAt')::timestamptz, (r ->> 'actorId')::uuid, r ->> 'actorEmail',
           r ->> 'action', r ->> 'entityType', r ->> 'entityId', (r ->> 'provinceId')::int,
           nullif(r -> 'changes', 'null'::jsonb), r ->> 'ip', r ->> 'userAgent',
           r ->> 'prevHash', r ->> 'hash'
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS t(r, n)
     ORDER BY n`;
}

function contentOf(input: AuditInput, occurredAt: Date): AuditContent {
  const fieldChanges =
    input.before !== undefined || input.after !== undefined
      ? diffFields(input.before ?? null, input.after ?? null)
      : undefined;
  const changes =
    fieldChanges || input.details
      ? { ...(fieldChanges ? { fields: fieldChanges } : {}), ...(input.details ?? {}) }
      : null;
  return {
    occurredAt,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    provinceId: input.provinceId ?? null,
    // Through JSON, as recordAudit does, so the hashed value is the one jsonb stores.
    changes: changes ? JSON.parse(JSON.stringify(changes)) : null,
    ip: input.request.ip,
    userAgent: input.request.userAgent,
  };
}

/** Appends the events, in order, inside the caller's transaction. */
export async function recordAuditBatch(
  tx: Prisma.TransactionClient,
  inputs: AuditInput[],
  onChunk?: (written: number) => void,
) {
  if (inputs.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  let prevHash = last?.hash ?? null;
  const occurredAt = new Date();
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const rows = inputs.slice(start, start + CHUNK).map((input) => {
      const content = contentOf(input, occurredAt);
      const hash = hashAuditEvent(prevHash, content);
      const row = { ...content, prevHash, hash };
      prevHash = hash;
      return row;
    });
    await insertChunk(tx, rows);
    onChunk?.(start + rows.length);
  }
}
