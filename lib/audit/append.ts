import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalJson } from "./canonical";
import { auditContentOf, type AuditInput } from "./record";

// recordAudit in one round trip, for events that go with no change of their own (the read-access
// log, decision 0026): the database function audit_append (migration 20261129172000) takes the
// chain's lock, reads the last hash and inserts the events, hashing each event's canonical JSON
// exactly as recordAudit does. Called outside a transaction, the events commit when it returns.

type Runner = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Appends the events, in order, and returns their ids. Nothing is written for no events. */
export async function appendAuditEvents(db: Runner, inputs: AuditInput[]): Promise<bigint[]> {
  if (inputs.length === 0) return [];
  const occurredAt = new Date();
  const contents = inputs.map((input) => canonicalJson(auditContentOf(input, occurredAt)));
  const [row] = await db.$queryRaw<{ ids: bigint[] }[]>`
    SELECT audit_append(${contents}::text[]) AS ids`;
  return row!.ids;
}
