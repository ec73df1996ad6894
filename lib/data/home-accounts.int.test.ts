import { afterAll, describe, expect, it } from "vitest";
import { findAccountsNeedingAttention } from "@/lib/data/home-accounts";
import { findYearStatuses } from "@/lib/data/home-publications";
import { testDb, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());

const DAY = 86_400_000;

async function session(userId: string, lastSeenAt: Date) {
  await db.session.create({
    data: {
      userId,
      lastSeenAt,
      createdAt: lastSeenAt,
      expiresAt: new Date(lastSeenAt.getTime() + DAY),
      sessionVersion: 1,
    },
  });
}

describe("findAccountsNeedingAttention", () => {
  it("finds accounts locked now, never used, and idle for 90 days; each once, where it belongs", async () => {
    const admin = await makeUser(db, "ADMIN");
    const [locked, lockExpired, neverUsed, idle, recent, inactive] = await Promise.all(
      Array.from({ length: 6 }, () => makeUser(db, "STAFF", { provinceIds: [12] })),
    );
    const now = new Date();
    const lock = (email: string, lockedUntil: Date) =>
      db.signInLock.create({
        data: { key: `account:${email}`, level: 1, startedAt: now, lockedUntil },
      });
    await lock(locked!.email, new Date(now.getTime() + 60_000));
    await lock(lockExpired!.email, new Date(now.getTime() - 60_000));
    await session(locked!.id, now);
    await session(lockExpired!.id, now);
    await session(idle!.id, new Date(now.getTime() - 120 * DAY));
    await session(idle!.id, new Date(now.getTime() - 91 * DAY));
    await session(recent!.id, new Date(now.getTime() - 120 * DAY));
    await session(recent!.id, new Date(now.getTime() - 89 * DAY));
    await db.user.update({ where: { id: inactive!.id }, data: { active: false } });
    // Lists show the longest-neglected first; other tests' accounts are newer than these.
    const longAgo = new Date("2001-01-01T00:00:00Z");
    await db.user.updateMany({
      where: { id: { in: [neverUsed!.id, inactive!.id, idle!.id] } },
      data: { createdAt: longAgo },
    });

    const neverUsedWhere = { active: true, sessions: { none: {} } };
    const before = await db.user.count({ where: neverUsedWhere });
    const found = await findAccountsNeedingAttention(admin, now);
    const after = await db.user.count({ where: neverUsedWhere });
    const ids = (list: { rows: { id: string }[] }) => list.rows.map((r) => r.id);
    expect(ids(found.locked)).toContain(locked!.id);
    expect(ids(found.locked)).not.toContain(lockExpired!.id);
    expect(ids(found.neverUsed)).toContain(neverUsed!.id);
    expect(ids(found.neverUsed)).not.toContain(inactive!.id);
    expect(ids(found.neverUsed)).not.toContain(idle!.id);
    expect(ids(found.idle)).toContain(idle!.id);
    expect(ids(found.idle)).not.toContain(recent!.id);
    // The idle account's date is its last session's, not its first.
    expect(found.idle.rows.find((r) => r.id === idle!.id)?.at.getTime()).toBe(
      now.getTime() - 91 * DAY,
    );
    // Each list says how many there are in all, however many it shows (other test files add
    // accounts meanwhile, hence the bounds).
    expect(found.neverUsed.total).toBeGreaterThanOrEqual(before);
    expect(found.neverUsed.total).toBeLessThanOrEqual(after);
    expect(found.neverUsed.rows.length).toBe(Math.min(found.neverUsed.total, 50));
  });

  it("is refused to everyone but administrators", async () => {
    for (const role of ["STAFF", "MANAGER", "AUDITOR"] as const) {
      const user = await makeUser(db, role);
      await expect(findAccountsNeedingAttention(user)).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});

describe("findYearStatuses", () => {
  it("gives each year its records and its latest published revision, or none", async () => {
    const year = await uniqueYear();
    const manager = await makeUser(db, "MANAGER");
    await db.case.create({
      data: buildCase({
        reference: `P-${year}-1`,
        provinceId: 12,
        crackedDownAt: new Date(`${year}-05-01T10:00:00+07:00`),
      }),
    });
    const before = (await findYearStatuses(manager)).find((y) => y.year === year);
    expect(before).toMatchObject({ year, cases: 1, published: null });

    const snapshot = (revision: number, publishedAt: Date) =>
      db.reportSnapshot.create({
        data: {
          year,
          revision,
          ageBandSet: "ncct",
          document: {},
          sha256: "0".repeat(64),
          publishedAt,
          publishedById: manager.id,
        },
      });
    await snapshot(1, new Date("2026-01-01T00:00:00Z"));
    await snapshot(2, new Date("2026-02-01T00:00:00Z"));
    const after = (await findYearStatuses(manager)).find((y) => y.year === year);
    expect(after?.published).toEqual({
      revision: 2,
      publishedAt: new Date("2026-02-01T00:00:00Z"),
    });
  });

  it("is refused to an administrator", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(findYearStatuses(admin)).rejects.toMatchObject({ code: "forbidden" });
  });
});
