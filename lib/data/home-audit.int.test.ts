import { afterAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/append";
import { checkChainTail, findChainState, findRecentOutputs } from "@/lib/data/home-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownerDb, testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";

const db = testDb();
const owner = ownerDb();
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));
const request = { ip: null, userAgent: "vitest home" };

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

describe("findRecentOutputs", () => {
  it("lists the newest exports and publications in the auditor's scope", async () => {
    const manager = await makeUser(db, "MANAGER");
    const entityId = `home-${uniqueKey()}`;
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: manager,
        action: "report.exported",
        entityType: "report",
        entityId,
        request,
      }),
    );
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: manager, action: "user.signed_in", entityType: "user", request }),
    );
    const national = await makeUser(db, "AUDITOR");
    const [latest] = await findRecentOutputs(national);
    expect(latest).toMatchObject({
      action: "report.exported",
      entityId,
      actorEmail: manager.email,
    });
    // A report is national: a province-scoped auditor does not see its exports.
    const scoped = await makeUser(db, "AUDITOR", { provinceIds: [12] });
    expect((await findRecentOutputs(scoped)).map((r) => r.entityId)).not.toContain(entityId);
  });

  it("is refused to a manager, who does not read the audit trail", async () => {
    const manager = await makeUser(db, "MANAGER");
    await expect(findRecentOutputs(manager)).rejects.toMatchObject({ code: "forbidden" });
    await expect(findChainState(manager)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("findChainState", () => {
  it("gives the head, a check of the newest events, and whether the last recorded head holds", async () => {
    const auditor = await makeUser(db, "AUDITOR");
    const event = await db.$transaction((tx) =>
      recordAudit(tx, { actor: auditor, action: "user.signed_in", entityType: "user", request }),
    );
    const year = await uniqueYear();
    const snapshot = (revision: number, hash: string) =>
      db.reportSnapshot.create({
        data: {
          year,
          revision,
          ageBandSet: "ncct",
          document: {},
          sha256: "1".repeat(64),
          publishedById: auditor.id,
          auditHeadId: event.id,
          auditHeadHash: hash,
          publishedAt: new Date(Date.now() + revision * 1000),
        },
      });
    await snapshot(1, event.hash);
    const state = await findChainState(auditor);
    expect(state.head?.id).toBe(String(event.id));
    expect(state.tail).toMatchObject({ ok: true, brokenId: null });
    expect(state.tail.checked).toBeGreaterThan(0);
    expect(state.lastAnchor).toMatchObject({ year, eventId: String(event.id), holds: true });

    await snapshot(2, "f".repeat(64));
    expect((await findChainState(auditor)).lastAnchor).toMatchObject({ revision: 2, holds: false });
  });

  it("finds an event altered among the newest", async () => {
    const auditor = await makeUser(db, "AUDITOR");
    const event = await db.$transaction((tx) =>
      recordAudit(tx, { actor: auditor, action: "user.signed_in", entityType: "user", request }),
    );
    let result: Awaited<ReturnType<typeof checkChainTail>> | undefined;
    await staged(async (tx) => {
      await tx.auditEvent.update({ where: { id: event.id }, data: { ip: "10.9.8.7" } });
      result = await checkChainTail(tx);
    });
    expect(result).toEqual({ ok: false, checked: expect.any(Number), brokenId: String(event.id) });
    expect((await checkChainTail()).ok).toBe(true);
  });
});
