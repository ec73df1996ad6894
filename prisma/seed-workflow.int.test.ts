import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsNote, transitionKind } from "@/lib/domain/case-workflow";
import { staleCaseWhere } from "@/lib/domain/stale-cases";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { loadDemoRecords } from "./seed-records";

// The demo cases' status histories and activity dates (seed-workflow.ts), loaded for a creator
// of this test's own inside a transaction that is then rolled back (as seed-records.int.test.ts).
const db = testDb();
afterAll(() => db.$disconnect());
class RolledBack extends Error {}

async function read(tx: Prisma.TransactionClient, creatorId: string) {
  const mine = { createdById: creatorId, deletedAt: null };
  const cases = await tx.case.findMany({
    where: mine,
    select: { id: true, status: true, closeReason: true, statusChangedAt: true },
  });
  const history = await tx.caseStatusChange.findMany({
    where: { case: mine },
    orderBy: [{ caseId: "asc" }, { at: "asc" }, { id: "asc" }],
    select: {
      caseId: true,
      fromStatus: true,
      toStatus: true,
      at: true,
      note: true,
      closeReason: true,
    },
  });
  const open = { ...mine, status: { not: "CLOSED" as const } };
  const now = new Date();
  return {
    cases,
    history,
    open: await tx.case.count({ where: open }),
    stale: await tx.case.count({ where: { AND: [open, staleCaseWhere(now)] } }),
  };
}

let seeded: Awaited<ReturnType<typeof read>>;

beforeAll(async () => {
  const creator = await makeUser(db, "STAFF", { provinceIds: [12] });
  await db
    .$transaction(
      async (tx) => {
        await loadDemoRecords(tx, creator.id);
        seeded = await read(tx, creator.id);
        throw new RolledBack();
      },
      { timeout: 120_000 },
    )
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
});

describe("the demo cases' workflow", () => {
  it("gives every case a history that ends at its status, by allowed moves only", () => {
    const byCase = new Map<string, typeof seeded.history>();
    for (const h of seeded.history) byCase.set(h.caseId, [...(byCase.get(h.caseId) ?? []), h]);
    expect(byCase.size).toBe(seeded.cases.length);
    for (const c of seeded.cases) {
      const rows = byCase.get(c.id)!;
      expect(rows[0]).toMatchObject({ fromStatus: null, toStatus: "OPEN" });
      expect(rows.at(-1)!.toStatus, c.id).toBe(c.status);
      expect(rows.at(-1)!.at).toEqual(c.statusChangedAt);
      for (let i = 1; i < rows.length; i++) {
        const [prev, row] = [rows[i - 1]!, rows[i]!];
        expect(row.fromStatus).toBe(prev.toStatus);
        const kind = transitionKind(row.fromStatus!, row.toStatus);
        expect(kind, `${row.fromStatus} → ${row.toStatus}`).not.toBeNull();
        if (needsNote(kind!)) expect(row.note).toBeTruthy();
        expect(row.at.getTime()).toBeGreaterThanOrEqual(prev.at.getTime());
      }
    }
  });

  it("closes every closed case with a reason, and no other", () => {
    for (const c of seeded.cases) {
      expect(c.closeReason === null, `${c.status} ${c.closeReason}`).toBe(c.status !== "CLOSED");
    }
    const reasons = new Set(seeded.cases.map((c) => c.closeReason).filter(Boolean));
    expect(reasons.size).toBeGreaterThanOrEqual(3);
    expect(
      seeded.history.some((h) => h.fromStatus === "PROSECUTION" && h.toStatus === "INVESTIGATION"),
    ).toBe(true);
  });

  it("leaves most open cases stale and some recently worked on", () => {
    expect(seeded.open).toBeGreaterThan(20);
    expect(seeded.stale).toBeGreaterThan(seeded.open / 2);
    expect(seeded.stale).toBeLessThan(seeded.open);
  });
});
