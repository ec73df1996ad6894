import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditContent } from "./canonical";
import { appendAuditContents, observeLockHeld, type Appended, type AppendedEvent } from "./append";
import { auditContentOf, type AuditInput } from "./record";

// An audited write: the change and its audit events commit together, and the chain's lock is held
// only for the append. `audit.record` queues an event (its content is built at once, so a later
// change to the objects it was given cannot alter it); when the callback returns, every queued
// event is appended by ONE audit_append_timed call, the transaction's last statement, and the
// transaction commits. Sign-ins and writes to unrelated records no longer queue behind each
// other's work, only behind each other's inserts (decision 0037).

type Tx = Prisma.TransactionClient;

export type TransactionOptions = {
  maxWait?: number;
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
};

/** Anything that runs an interactive transaction: the app's client, a test's, an extended one. */
export type TransactionRunner = {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R>;
};

export type AuditLog = {
  /** Queues an event, appended with the others as the transaction's last statement. */
  record(input: AuditInput): void;
  /**
   * Appends the queued events now and returns them, for a write that must name its own event
   * (a publication stores the chain's head, decision 0025). The lock is held from here to the
   * commit, so nothing but the statement that names the event may follow.
   */
  appendNow(): Promise<AppendedEvent[]>;
};

// The moment is set when the events are appended, so occurred_at follows the chain's order.
const PLACEHOLDER = new Date(0);

/** Runs `fn` in a transaction and appends the events it recorded last; returns what `fn` returns. */
export async function auditedTransaction<T>(
  client: TransactionRunner,
  fn: (tx: Tx, audit: AuditLog) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  const appends: Appended[] = [];
  const result = await client.$transaction(async (tx) => {
    let queued: AuditContent[] = [];
    const appendQueued = async () => {
      const occurredAt = new Date();
      const contents = queued.map((content) => ({ ...content, occurredAt }));
      queued = [];
      const appended = await appendAuditContents(tx, contents);
      if (contents.length > 0) appends.push(appended);
      return appended.events;
    };
    const audit: AuditLog = {
      record: (input) => void queued.push(auditContentOf(input, PLACEHOLDER)),
      appendNow: appendQueued,
    };
    const value = await fn(tx, audit);
    await appendQueued();
    return value;
  }, options);
  // Only a committed append held the lock to its end; a rolled-back one is not measured.
  if (appends[0]) observeLockHeld(appends[0]);
  return result;
}
