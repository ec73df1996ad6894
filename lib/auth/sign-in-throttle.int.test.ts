import { afterAll, describe, expect, it } from "vitest";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/users";
import { authenticate } from "./sign-in";

const db = testDb();
afterAll(() => db.$disconnect());

const byte = () => Math.floor(Math.random() * 250);
const uniqueIp = () => `10.${byte()}.${byte()}.${byte()}`;
const minutes = (n: number) => n * 60 * 1000;
// Tens of argon2 verifications and a hundred parallel sign-ins, on a machine others share.
const SLOW = 90_000;
const failedChecks = (where: object) =>
  db.auditEvent.count({ where: { action: "user.sign_in_failed", ...where } });

describe("a burst of parallel sign-ins", () => {
  it(
    "checks exactly 5 wrong passwords out of 100 on one account",
    async () => {
      const user = await makeUser(db, "MANAGER");
      const now = new Date();
      const outcomes = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          authenticate(user.email, `wrong-${i}`, { ip: uniqueIp(), userAgent: null }, now),
        ),
      );
      expect(outcomes.every((o) => o === null)).toBe(true);
      expect(await failedChecks({ entityId: user.id })).toBe(5);
      expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(5);
      expect(
        await db.auditEvent.count({ where: { entityId: user.id, action: "user.sign_in_locked" } }),
      ).toBe(1);
    },
    SLOW,
  );

  it(
    "checks exactly 20 out of 100 from one address",
    async () => {
      const ip = uniqueIp();
      await Promise.all(
        Array.from({ length: 100 }, () =>
          authenticate(`nobody-${uniqueKey()}@test.invalid`, "guess", { ip, userAgent: null }),
        ),
      );
      expect(await failedChecks({ ip })).toBe(20);
    },
    SLOW,
  );
});

describe("a lock", () => {
  it(
    "lasts as long as its doubled delay, past the 15-minute counting window",
    async () => {
      const user = await makeUser(db, "STAFF", { provinceIds: [12] });
      const request = { ip: uniqueIp(), userAgent: null };
      const t0 = Date.now();
      const at = (ms: number) => new Date(t0 + ms);
      // 5 failures lock for a minute; 5 refused attempts double it to 32 minutes.
      for (let i = 0; i < 10; i++)
        await authenticate(user.email, `wrong-${i}`, request, at(i * 1000));
      expect(
        await db.signInLock.findUnique({ where: { key: `account:${user.email}` } }),
      ).toMatchObject({ level: 6, lockedUntil: at(9000 + minutes(32)), refused: 5 });
      // 20 minutes on, every failure has left the window; the lock still holds (and doubles).
      expect(await authenticate(user.email, TEST_PASSWORD, request, at(minutes(20)))).toBeNull();
      expect(await authenticate(user.email, TEST_PASSWORD, request, at(minutes(79)))).toBeNull();
      // Refused at 79 minutes: 60 minutes from there, then it lifts.
      const lifted = await authenticate(user.email, TEST_PASSWORD, request, at(minutes(139) + 1));
      expect(lifted).toMatchObject({ userId: user.id });
    },
    SLOW,
  );
});

describe("a locked account under a flood of attempts", () => {
  it(
    "adds no audit rows and no attempt rows, only a count on its lock",
    async () => {
      const user = await makeUser(db, "AUDITOR");
      const now = Date.now();
      for (let i = 0; i < 5; i++) {
        await authenticate(
          user.email,
          `wrong-${i}`,
          { ip: uniqueIp(), userAgent: null },
          new Date(now + i),
        );
      }
      const auditBefore = await db.auditEvent.count();
      const attemptsBefore = await db.signInAttempt.count({ where: { email: user.email } });
      await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          authenticate(
            user.email,
            `wrong-${i}`,
            { ip: uniqueIp(), userAgent: "x".repeat(15_000) },
            new Date(now + 1000 + i),
          ),
        ),
      );
      expect(await db.auditEvent.count()).toBeLessThanOrEqual(auditBefore + 2);
      expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(attemptsBefore);
      expect(
        await db.signInLock.findUniqueOrThrow({ where: { key: `account:${user.email}` } }),
      ).toMatchObject({ refused: 200, level: 201 });
    },
    SLOW,
  );
});

describe("hostile input", () => {
  it("stores a forged address as null and a 15 KB email not at all", async () => {
    const email = `${"a".repeat(15_000)}@test.invalid`;
    await authenticate(email, "guess", { ip: "=2+2", userAgent: "y".repeat(15_000) });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.sign_in_failed" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ ip: null, userAgent: "y".repeat(500) });
    expect(event.changes).toMatchObject({ email: null, reason: "unknown-account" });
    const attempt = await db.signInAttempt.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(attempt).toMatchObject({
      ip: null,
      email: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
  });

  it("keeps the session's address only when it is one", async () => {
    const user = await makeUser(db, "MANAGER");
    const ok = await authenticate(user.email, TEST_PASSWORD, {
      ip: "::ffff:192.0.2.5",
      userAgent: null,
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: ok!.sessionId } })).toMatchObject({
      ip: "192.0.2.5",
    });
    const forged = await authenticate(user.email, TEST_PASSWORD, {
      ip: "1.2.3.4, 5.6.7.8",
      userAgent: null,
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: forged!.sessionId } })).toMatchObject({
      ip: null,
    });
  });

  it(
    "does not put every client whose address is unknown in one bucket",
    async () => {
      const t0 = Date.now();
      for (let i = 0; i < 21; i++) {
        await authenticate(
          `nobody-${uniqueKey()}@test.invalid`,
          "guess",
          { ip: null, userAgent: null },
          new Date(t0 + i),
        );
      }
      const user = await makeUser(db, "MANAGER");
      const result = await authenticate(
        user.email,
        TEST_PASSWORD,
        { ip: null, userAgent: null },
        new Date(t0 + 100),
      );
      expect(result).toMatchObject({ userId: user.id });
    },
    SLOW,
  );

  it(
    "counts an IPv6 client's /64 as one address",
    async () => {
      const prefix = `2001:db8:${byte().toString(16)}:${byte().toString(16)}`;
      const t0 = Date.now();
      for (let i = 1; i <= 20; i++) {
        await authenticate(
          `nobody-${uniqueKey()}@test.invalid`,
          "guess",
          { ip: `${prefix}::${i}`, userAgent: null },
          new Date(t0 + i),
        );
      }
      const user = await makeUser(db, "MANAGER");
      const from = (ip: string) =>
        authenticate(user.email, TEST_PASSWORD, { ip, userAgent: null }, new Date(t0 + 100));
      expect(await from(`${prefix}::abcd`)).toBeNull();
      expect(await from(`2001:db8:ffff::1`)).toMatchObject({ userId: user.id });
    },
    SLOW,
  );
});
