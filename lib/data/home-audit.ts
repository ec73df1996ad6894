import "server-only";
import { readAnchorHead } from "@/lib/audit/anchor-check";
import { hashAuditEvent } from "@/lib/audit/canonical";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { TAuditAction } from "@/lib/domain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditWhere } from "./audit";

// The auditors' home page: the latest documents that left the app or were published, and the
// state of the audit chain. A full verification re-hashes every event (seconds on a large trail),
// too slow for each page view: the page checks the newest events only, and offers the full check
// (the audit page's button) beside it. Anchors written by `audit:anchor` are kept outside the
// database by design (decision 0025); the last head the database itself recorded is the one each
// published report stores, and the page checks that it is still in the chain unchanged.

export const OUTPUT_ACTIONS = [
  "report.exported",
  "report.published",
  "audit.exported",
] as const satisfies TAuditAction[];
export const RECENT_OUTPUTS_SHOWN = 10;
/** How many of the newest events each view of the page re-hashes. */
export const CHAIN_TAIL_CHECKED = 500;

/** The newest exports and publications in the auditor's scope, with who and when. */
export async function findRecentOutputs(user: ActingUser) {
  assertCan(user, "read:audit");
  return db.auditEvent.findMany({
    where: {
      AND: [
        auditWhere(user, { actor: undefined, entityId: undefined }),
        { action: { in: [...OUTPUT_ACTIONS] } },
      ],
    },
    orderBy: { id: "desc" },
    take: RECENT_OUTPUTS_SHOWN,
    select: { id: true, occurredAt: true, actorEmail: true, action: true, entityId: true },
  });
}

export type TTailCheck = {
  ok: boolean;
  checked: number;
  /** The first event, oldest first, whose hash or link does not hold; null when all hold. */
  brokenId: string | null;
};

type Reader = Pick<Prisma.TransactionClient, "auditEvent">;

/** Re-hashes the newest events and checks each links to the one before it. Takes a transaction
 * client too, so a test can stage an altered trail inside a transaction it rolls back. */
export async function checkChainTail(reader: Reader = db): Promise<TTailCheck> {
  // One more than checked, so that the oldest checked event's link is tested too.
  const newest = await reader.auditEvent.findMany({
    orderBy: { id: "desc" },
    take: CHAIN_TAIL_CHECKED + 1,
  });
  const events = newest.reverse();
  const start = events.length > CHAIN_TAIL_CHECKED ? 1 : 0;
  for (let i = start; i < events.length; i++) {
    const e = events[i]!;
    // The very first event of the chain links to nothing.
    const prev = i === 0 ? null : events[i - 1]!.hash;
    const expected = hashAuditEvent(e.prevHash, {
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
    if (e.prevHash !== prev || e.hash !== expected) {
      return { ok: false, checked: i - start, brokenId: String(e.id) };
    }
  }
  return { ok: true, checked: events.length - start, brokenId: null };
}

/** The chain's head, the newest events checked, and the last head a publication recorded. */
export async function findChainState(user: ActingUser) {
  assertCan(user, "read:audit");
  const [head, tail, anchor] = await Promise.all([
    readAnchorHead(db),
    checkChainTail(),
    db.reportSnapshot.findFirst({
      where: { auditHeadId: { not: null } },
      orderBy: { publishedAt: "desc" },
      select: {
        year: true,
        revision: true,
        publishedAt: true,
        auditHeadId: true,
        auditHeadHash: true,
      },
    }),
  ]);
  let lastAnchor = null;
  if (anchor?.auditHeadId != null) {
    const stored = await db.auditEvent.findUnique({
      where: { id: anchor.auditHeadId },
      select: { hash: true },
    });
    lastAnchor = {
      year: anchor.year,
      revision: anchor.revision,
      at: anchor.publishedAt,
      eventId: String(anchor.auditHeadId),
      hash: anchor.auditHeadHash,
      holds: stored !== null && stored.hash === anchor.auditHeadHash,
    };
  }
  return {
    head: head && { id: head.lastId, hash: head.hash, count: head.count },
    tail,
    lastAnchor,
  };
}
