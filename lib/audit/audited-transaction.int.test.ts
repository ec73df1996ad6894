import { afterAll, describe, expect, it } from "vitest";
import { makeCase } from "@/lib/testing/people";
import { buildCase } from "@/prisma/factories";
import { runsAsRuntimeRole, testDb, uniqueKey } from "@/lib/testing/db";
import { testAuditEvent } from "@/lib/testing/audit-events";
import { auditedTransaction } from "./audited-transaction";
import { verifyAuditChain } from "./verify";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "203.0.113.7", userAgent: "vitest" };
// Fifty writers share the test client's few connections: they may wait their turn for one.
const PATIENT = { maxWait: 120_000, timeout: 120_000 };

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** An event that names its writer, so each write's event can be counted. */
function eventOf(key: string, n: number, entityId: string | null) {
  return {
    actor: null,
    ...testAuditEvent(`test.writer.${key}`),
    entityId,
    details: { n },
    request,
  };
}

describe("auditedTransaction", () => {
  it("keeps the chain whole under 50 concurrent writers, with every write's event once", async () => {
    const key = uniqueKey();
    const shared = await makeCase(db, 12);
    const distinct = await Promise.all(Array.from({ length: 10 }, () => makeCase(db, 12)));
    const writers = Array.from({ length: 50 }, (_, n) => {
      // Twenty write the one shared case, twenty their own, ten only audit (like a sign-in).
      const target = n < 20 ? shared.id : n < 40 ? distinct[n % 10]!.id : null;
      return auditedTransaction(
        db,
        async (tx, audit) => {
          if (target) {
            await tx.case.update({ where: { id: target }, data: { version: { increment: 1 } } });
          }
          audit.record(eventOf(key, n, target));
          return n;
        },
        PATIENT,
      );
    });
    expect(await Promise.all(writers)).toHaveLength(50);

    const events = await db.auditEvent.findMany({ where: { action: `test.writer.${key}` } });
    const ns = events.map((e) => (e.changes as { n: number }).n).sort((a, b) => a - b);
    expect(ns).toEqual(Array.from({ length: 50 }, (_, n) => n));
    const after = await db.case.findUniqueOrThrow({ where: { id: shared.id } });
    expect(after.version).toBe(1 + 20);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });

  // PGlite serves one session: there a second transaction waits for the first to end anyway.
  it.skipIf(!runsAsRuntimeRole())(
    "holds no lock during the callback's work: another audited write completes meanwhile",
    async () => {
      const key = uniqueKey();
      const paused = deferred();
      const resume = deferred();
      const slow = auditedTransaction(db, async (tx, audit) => {
        const own = await tx.case.create({
          data: buildCase({ reference: `TEST-${key}`, provinceId: 12 }),
          select: { id: true },
        });
        audit.record(eventOf(key, 1, own.id));
        paused.resolve();
        // With the old recordAudit, the chain's lock was taken above and held here.
        await resume.promise;
        return own.id;
      });
      await paused.promise;
      await auditedTransaction(db, async (_tx, audit) => audit.record(eventOf(key, 2, null)));
      const meanwhile = await db.auditEvent.findMany({ where: { action: `test.writer.${key}` } });
      expect(meanwhile.map((e) => (e.changes as { n: number }).n)).toEqual([2]);
      resume.resolve();
      const slowCaseId = await slow;
      const events = await db.auditEvent.findMany({
        where: { action: `test.writer.${key}` },
        orderBy: { id: "asc" },
      });
      // The slow write's event joins the chain after the one that finished first.
      expect(events.map((e) => [(e.changes as { n: number }).n, e.entityId])).toEqual([
        [2, null],
        [1, slowCaseId],
      ]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    },
  );

  it("writes neither the record nor its event when the callback fails", async () => {
    const key = uniqueKey();
    const reference = `TEST-${key}`;
    const failing = auditedTransaction(db, async (tx, audit) => {
      const created = await tx.case.create({
        data: buildCase({ reference, provinceId: 12 }),
        select: { id: true },
      });
      audit.record(eventOf(key, 1, created.id));
      throw new Error("the write fails after recording (test)");
    });
    await expect(failing).rejects.toThrow("the write fails after recording");
    expect(await db.case.count({ where: { reference } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: `test.writer.${key}` } })).toBe(0);
  });
});
