import { afterAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownerDb, testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { anchorMacMatches, signAnchor, type TAuditAnchor } from "./anchor";
import { checkAnchor, readAnchorHead } from "./anchor-check";
import { hashAuditEvent } from "./canonical";
import { recordAudit } from "./append";
import { verifyAuditChain } from "./verify";
import { testAuditEvent } from "@/lib/testing/audit-events";

// The attacks an anchor exists to catch, each staged inside a transaction that is rolled back, so
// the shared test database's chain is never harmed. In each, the chain itself still verifies:
// only the anchor tells.

const db = testDb();
// Only the tables' owner may disable the trigger (decision 0023): the attacker here holds its
// credentials.
const owner = ownerDb();
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));
const request = { ip: null, userAgent: "vitest anchor" };
const KEY = "test-anchor-key-0123456789abcdef-0123";

class RolledBack extends Error {}

/** Runs `attack` as the owner with the append-only trigger off, then rolls everything back. */
async function staged(attack: (tx: Prisma.TransactionClient) => Promise<void>) {
  await owner
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(
          `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`,
        );
        await attack(tx);
        throw new RolledBack();
      },
      { timeout: 120_000 },
    )
    .catch((err) => {
      if (!(err instanceof RolledBack)) throw err;
    });
}

async function event(action: string) {
  const user = await makeUser(db, "AUDITOR");
  return db.$transaction((tx) =>
    recordAudit(tx, { actor: user, ...testAuditEvent(action), request }),
  );
}

async function anchorNow(): Promise<TAuditAnchor> {
  return signAnchor((await readAnchorHead(db))!, KEY);
}

/** Re-hashes every event from `fromId` on, as an attacker with the database would. */
async function rehashFrom(tx: Prisma.TransactionClient, fromId: bigint) {
  const before = await tx.auditEvent.findFirst({
    where: { id: { lt: fromId } },
    orderBy: { id: "desc" },
    select: { hash: true },
  });
  let prev = before?.hash ?? null;
  const rows = await tx.auditEvent.findMany({
    where: { id: { gte: fromId } },
    orderBy: { id: "asc" },
  });
  for (const e of rows) {
    const { id, hash: _h, prevHash: _p, ...content } = e;
    const hash = hashAuditEvent(prev, content);
    await tx.$executeRaw`UPDATE audit_event SET prev_hash = ${prev}, hash = ${hash} WHERE id = ${id}`;
    prev = hash;
  }
}

describe("an anchor of the audit chain", () => {
  it("is signed over every field, and matches the chain it was taken from", async () => {
    await event("test.anchor_head");
    const anchor = await anchorNow();
    expect(anchorMacMatches(anchor, KEY)).toBe(true);
    expect(anchorMacMatches(anchor, `${KEY}x`)).toBe(false);
    for (const edit of [
      { count: anchor.count - 1 },
      { lastId: "1" },
      { anchoredAt: "2020-01-01T00:00:00.000Z" },
    ]) {
      expect(anchorMacMatches({ ...anchor, ...edit }, KEY), JSON.stringify(edit)).toBe(false);
    }
    expect(await checkAnchor(db, anchor)).toEqual({ ok: true, mismatches: [] });
    // Later events do not disturb an earlier anchor.
    await event("test.after_anchor");
    expect(await checkAnchor(db, anchor)).toEqual({ ok: true, mismatches: [] });
  });

  it("catches a deleted tail, which the chain alone does not", async () => {
    const anchored = await event("test.tail_anchored");
    const anchor = await anchorNow();
    await event("test.tail_after");
    await staged(async (tx) => {
      await tx.$executeRaw`DELETE FROM audit_event WHERE id >= ${anchored.id}`;
      expect(await verifyAuditChain(tx)).toMatchObject({ ok: true });
      const check = await checkAnchor(tx, anchor);
      expect(check.ok).toBe(false);
      expect(check.mismatches[0]).toMatchObject({
        kind: "id-missing",
        lastId: String(anchored.id),
      });
    });
    expect(await checkAnchor(db, anchor)).toMatchObject({ ok: true });
  });

  it("catches a chain rewritten from an edited row and re-hashed", async () => {
    const edited = await event("test.rewrite_edited");
    await event("test.rewrite_anchored");
    const anchor = await anchorNow();
    await staged(async (tx) => {
      await tx.$executeRaw`UPDATE audit_event SET action = 'test.innocent' WHERE id = ${edited.id}`;
      await rehashFrom(tx, edited.id);
      expect(await verifyAuditChain(tx)).toMatchObject({ ok: true });
      const check = await checkAnchor(tx, anchor);
      expect(check.mismatches).toEqual([
        {
          kind: "hash-differs",
          lastId: anchor.lastId,
          anchored: anchor.hash,
          stored: expect.any(String),
        },
      ]);
    });
  });

  it("catches events deleted before the anchor with the chain recomputed", async () => {
    const removed = await event("test.count_removed");
    await event("test.count_anchored");
    const anchor = await anchorNow();
    await staged(async (tx) => {
      await tx.$executeRaw`DELETE FROM audit_event WHERE id = ${removed.id}`;
      await rehashFrom(tx, removed.id + 1n);
      expect(await verifyAuditChain(tx)).toMatchObject({ ok: true });
      const check = await checkAnchor(tx, anchor);
      expect(check.mismatches.map((m) => m.kind)).toEqual(["hash-differs", "count-differs"]);
      expect(check.mismatches[1]).toMatchObject({
        anchored: anchor.count,
        stored: anchor.count - 1,
      });
    });
  });

  it("reports a count that differs on its own, even when id and hash still agree", async () => {
    await event("test.count_only");
    const head = (await readAnchorHead(db))!;
    const anchor = signAnchor({ ...head, count: head.count + 3 }, KEY);
    expect(await checkAnchor(db, anchor)).toEqual({
      ok: false,
      mismatches: [
        {
          kind: "count-differs",
          lastId: head.lastId,
          anchored: head.count + 3,
          stored: head.count,
        },
      ],
    });
  });
});
