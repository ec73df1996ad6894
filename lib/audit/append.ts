import type { Prisma } from "@/lib/generated/prisma/client";
import { metrics } from "@/lib/observability/metrics";
import { canonicalJson, type AuditContent } from "./canonical";
import { auditContentOf, type AuditInput } from "./record";

// The one way events join the hash chain (besides an import's COPY, record-batch.ts): the
// database function audit_append_timed (migration 20261130092500) takes the chain's lock, reads
// the last hash and inserts the events in ONE statement, hashing each event's canonical JSON
// exactly as hashAuditEvent does. Inside a transaction the lock is then held until its commit, so
// the append must be the transaction's last statement: auditedTransaction makes it so.

type Runner = Pick<Prisma.TransactionClient, "$queryRaw">;

export type AppendedEvent = { id: bigint; hash: string };
export type Appended = {
  events: AppendedEvent[];
  /** Seconds the call waited for the chain's lock, measured inside the database. */
  lockWaitSeconds: number;
  /** performance.now() when the call was sent: the lock is held from about then to the commit. */
  sentAt: number;
};

/** Appends events whose content is built, in order. Nothing is written for no events. */
export async function appendAuditContents(db: Runner, contents: AuditContent[]): Promise<Appended> {
  const sentAt = performance.now();
  if (contents.length === 0) return { events: [], lockWaitSeconds: 0, sentAt };
  const texts = contents.map((content) => canonicalJson(content));
  const [row] = await db.$queryRaw<
    { ids: bigint[]; hashes: string[]; lock_wait_seconds: number }[]
  >`
    SELECT ids, hashes, lock_wait_seconds FROM audit_append_timed(${texts}::text[])`;
  const events = row!.ids.map((id, i) => ({ id, hash: row!.hashes[i]! }));
  metrics().auditLockWait.observe(row!.lock_wait_seconds);
  return { events, lockWaitSeconds: row!.lock_wait_seconds, sentAt };
}

/** Records how long an append's lock was held, once its transaction has ended. */
export function observeLockHeld(appended: Appended) {
  if (appended.events.length === 0) return;
  const held = (performance.now() - appended.sentAt) / 1000 - appended.lockWaitSeconds;
  metrics().auditLockHeld.observe(Math.max(0, held));
}

/**
 * Appends events that go with no change of their own (the read-access log, decision 0026). Given
 * the client itself, the events commit when it returns; given a transaction, call it last.
 */
export async function appendAuditEvents(db: Runner, inputs: AuditInput[]): Promise<bigint[]> {
  const occurredAt = new Date();
  const appended = await appendAuditContents(
    db,
    inputs.map((input) => auditContentOf(input, occurredAt)),
  );
  observeLockHeld(appended);
  return appended.events.map((e) => e.id);
}

/**
 * One event appended at once, in the caller's transaction, holding the chain's lock from here to
 * the commit: for tests, the seed and tools, and writes whose only statement it is. The app's
 * writes use auditedTransaction, which appends as the transaction's last statement.
 */
export async function recordAudit(tx: Runner, input: AuditInput): Promise<AppendedEvent> {
  const { events } = await appendAuditContents(tx, [auditContentOf(input, new Date())]);
  return events[0]!;
}
