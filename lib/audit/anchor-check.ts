import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAnchorHead, TAuditAnchor } from "./anchor";

// The database side of anchors: reading the chain's head to anchor it, and comparing an anchor
// with the chain as it stands. Both take a transaction client too, so a test can remove rows
// inside a transaction that it rolls back.

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Why an anchor no longer agrees with the chain; each is reported, in this order. */
export type AnchorMismatch =
  | { kind: "id-missing"; lastId: string; headId: string | null }
  | { kind: "hash-differs"; lastId: string; anchored: string; stored: string }
  | { kind: "count-differs"; lastId: string; anchored: number; stored: number };

export type AnchorCheck = { ok: boolean; mismatches: AnchorMismatch[] };

/** The last event, its hash and the number of events up to it, read in one statement (one
 * snapshot). Appends hold the chain's lock until they commit, so ids commit in chain order. */
export async function readAnchorHead(db: Reader, now = new Date()): Promise<TAnchorHead | null> {
  const [head] = await db.$queryRaw<{ id: bigint; hash: string; count: bigint }[]>`
    SELECT h.id, h.hash, (SELECT count(*) FROM audit_event WHERE id <= h.id) AS count
      FROM (SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1) h`;
  if (!head) return null;
  return {
    lastId: String(head.id),
    hash: head.hash,
    count: Number(head.count),
    anchoredAt: now.toISOString(),
  };
}

/**
 * Compares an anchor (its MAC already checked) with the chain: the anchored event must still be
 * there (a deleted tail removes it), with the anchored hash (a chain re-hashed after an edit
 * changes it), and with as many events up to it (events deleted and the chain recomputed).
 */
export async function checkAnchor(db: Reader, anchor: TAuditAnchor): Promise<AnchorCheck> {
  const [row] = await db.$queryRaw<
    { hash: string | null; count: bigint; head_id: bigint | null }[]
  >`
    SELECT (SELECT hash FROM audit_event WHERE id = ${anchor.lastId}::bigint) AS hash,
           (SELECT count(*) FROM audit_event WHERE id <= ${anchor.lastId}::bigint) AS count,
           (SELECT max(id) FROM audit_event) AS head_id`;
  const { lastId } = anchor;
  const mismatches: AnchorMismatch[] = [];
  if (!row || row.hash === null) {
    const headId = row?.head_id == null ? null : String(row.head_id);
    mismatches.push({ kind: "id-missing", lastId, headId });
  } else if (row.hash !== anchor.hash) {
    mismatches.push({ kind: "hash-differs", lastId, anchored: anchor.hash, stored: row.hash });
  }
  const count = Number(row?.count ?? 0);
  if (count !== anchor.count) {
    mismatches.push({ kind: "count-differs", lastId, anchored: anchor.count, stored: count });
  }
  return { ok: mismatches.length === 0, mismatches };
}

/** One sentence per mismatch, for the CLI and its tests. */
export function describeMismatch(m: AnchorMismatch): string {
  switch (m.kind) {
    case "id-missing":
      return (
        `the anchored event ${m.lastId} is no longer in the chain ` +
        `(the last event is ${m.headId ?? "none"}): its tail has been deleted.`
      );
    case "hash-differs":
      return (
        `event ${m.lastId} has hash ${m.stored}, not the anchored ${m.anchored}: ` +
        `the chain up to it has been rewritten and re-hashed.`
      );
    case "count-differs":
      return (
        `the chain holds ${m.stored} events up to event ${m.lastId}, not the anchored ` +
        `${m.anchored}: events up to it have been ${m.stored < m.anchored ? "deleted" : "added"}.`
      );
  }
}
