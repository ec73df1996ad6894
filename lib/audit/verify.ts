import type { Prisma } from "@/lib/generated/prisma/client";
import { hashAuditEvent } from "./canonical";

export type ChainBreak = {
  id: bigint;
  occurredAt: Date;
  action: string;
  reason: "content-altered" | "chain-broken";
};
export type ChainReport = {
  ok: boolean;
  checked: number;
  lastId: bigint | null;
  firstBreak: ChainBreak | null;
};

const BATCH = 2000;
type Reader = Pick<Prisma.TransactionClient, "auditEvent">;
type AuditRow = Awaited<ReturnType<Reader["auditEvent"]["findFirstOrThrow"]>>;

/**
 * Re-hashes the whole audit trail in order, in batches (keyset on id), and reports the first
 * event whose stored hash does not match its content, or whose link to its predecessor is broken.
 */
export async function verifyAuditChain(
  db: Reader,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  let prevHash: string | null = null;
  let cursor: bigint | null = null;
  let checked = 0;
  for (;;) {
    const batch: AuditRow[] = await db.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const e of batch) {
      const { id, hash, prevHash: storedPrev } = e;
      // Named field by field: a column added later must not change the hash of older events.
      const expected = hashAuditEvent(storedPrev, {
        occurredAt: e.occurredAt,
        actorId: e.actorId,
        actorEmail: e.actorEmail,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        provinceId: e.provinceId,
        changes: e.changes,
        ip: e.ip,
        userAgent: e.userAgent,
      });
      if (storedPrev !== prevHash) {
        return {
          ok: false,
          checked,
          lastId: cursor,
          firstBreak: { id, occurredAt: e.occurredAt, action: e.action, reason: "chain-broken" },
        };
      }
      if (hash !== expected) {
        return {
          ok: false,
          checked,
          lastId: cursor,
          firstBreak: { id, occurredAt: e.occurredAt, action: e.action, reason: "content-altered" },
        };
      }
      prevHash = hash;
      cursor = id;
      checked++;
    }
    onProgress?.(checked);
    if (batch.length < BATCH) return { ok: true, checked, lastId: cursor, firstBreak: null };
  }
}
