import { afterAll, describe, expect, it } from "vitest";
import { setUserActive, updateUserAccess } from "@/lib/data/user-admin";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/users";
import { resolveSession } from "./session-store";
import { authenticate } from "./sign-in";

const db = testDb();
afterAll(() => db.$disconnect());

function uniqueIp() {
  return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
}
const minutes = (n: number) => n * 60 * 1000;

/** An administrator, and a staff member of province 12 signed in with a live session. */
async function signedInStaff() {
  const admin = await makeUser(db, "ADMIN");
  const user = await makeUser(db, "STAFF", { provinceIds: [12] });
  const signedIn = await authenticate(user.email, TEST_PASSWORD, {
    ip: uniqueIp(),
    userAgent: null,
  });
  if (!signedIn) throw new Error("the staff member could not sign in");
  return { admin, user, sessionId: signedIn.sessionId };
}

describe("sign-in", () => {
  it("opens a session for the right password and records the attempt and the audit event", async () => {
    const user = await makeUser(db, "MANAGER");
    const request = { ip: uniqueIp(), userAgent: "vitest" };
    const result = await authenticate(user.email.toUpperCase(), TEST_PASSWORD, request);
    expect(result).toMatchObject({ userId: user.id });
    expect(await resolveSession(result!.sessionId)).toMatchObject({ id: user.id, role: "MANAGER" });
    expect(await db.signInAttempt.count({ where: { email: user.email, success: true } })).toBe(1);
    expect(
      await db.auditEvent.findFirst({ where: { entityId: user.id, action: "user.signed_in" } }),
    ).toMatchObject({
      actorId: user.id,
      ip: request.ip,
    });
  });

  it("refuses a wrong password and records why, for the audit trail only", async () => {
    const user = await makeUser(db, "MANAGER");
    expect(
      await authenticate(user.email, "wrong-password-here", { ip: uniqueIp(), userAgent: null }),
    ).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.sign_in_failed" },
    });
    expect(event.changes).toMatchObject({ email: user.email, reason: "wrong-password" });
    expect(event.actorId).toBeNull();
  });
});

describe("rate limits, counted in PostgreSQL", () => {
  it("locks an account after 5 failures in 15 minutes, then lets it in after a growing delay", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const ip = uniqueIp();
    const t0 = Date.now();
    const at = (ms: number) => new Date(t0 + ms);
    for (let i = 0; i < 5; i++) {
      expect(
        await authenticate(user.email, `wrong-${i}`, { ip, userAgent: null }, at(i * 1000)),
      ).toBeNull();
    }
    // Locked: even the right password is refused, and that refusal counts as a failure.
    expect(
      await authenticate(user.email, TEST_PASSWORD, { ip, userAgent: null }, at(10_000)),
    ).toBeNull();
    // The lock's start is audited once; the attempts it refuses are not.
    const locked = await db.auditEvent.findMany({
      where: { entityId: user.id, action: "user.sign_in_locked" },
    });
    expect(locked.map((e) => e.changes)).toMatchObject([
      { lock: "account", level: 1, email: user.email },
    ]);
    // 6 failures: the delay has doubled to 2 minutes after the last one.
    expect(
      await authenticate(
        user.email,
        TEST_PASSWORD,
        { ip, userAgent: null },
        at(10_000 + minutes(1.5)),
      ),
    ).toBeNull();
    // 7 failures now, so 4 minutes from the last; after that, it recovers.
    const later = 10_000 + minutes(1.5) + minutes(4) + 1000;
    expect(
      await authenticate(user.email, TEST_PASSWORD, { ip, userAgent: null }, at(later)),
    ).toMatchObject({
      userId: user.id,
    });
    // A success clears the account's count.
    expect(
      await authenticate(user.email, "wrong-again", { ip, userAgent: null }, at(later + 1000)),
    ).toBeNull();
    expect(
      await authenticate(user.email, TEST_PASSWORD, { ip, userAgent: null }, at(later + 2000)),
    ).not.toBeNull();
  });

  it("limits one address trying many accounts, without locking those accounts elsewhere", async () => {
    const ip = uniqueIp();
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) {
      await authenticate(
        `nobody-${uniqueKey()}@test.invalid`,
        "guess",
        { ip, userAgent: null },
        new Date(t0 + i),
      );
    }
    const user = await makeUser(db, "AUDITOR");
    expect(
      await authenticate(user.email, TEST_PASSWORD, { ip, userAgent: null }, new Date(t0 + 1000)),
    ).toBeNull();
    expect(
      await authenticate(
        user.email,
        TEST_PASSWORD,
        { ip: uniqueIp(), userAgent: null },
        new Date(t0 + 2000),
      ),
    ).not.toBeNull();
  });
});

describe("live sessions", () => {
  it("stop working on the next request after the user is deactivated", async () => {
    const { admin, user, sessionId } = await signedInStaff();
    expect(await resolveSession(sessionId)).not.toBeNull();
    await setUserActive(admin, { id: user.id, version: 1 }, false, { ip: null, userAgent: null });
    expect(await resolveSession(sessionId)).toBeNull();
    // Reactivating does not revive the old session.
    await setUserActive(admin, { id: user.id, version: 2 }, true, { ip: null, userAgent: null });
    expect(await resolveSession(sessionId)).toBeNull();
  });

  it("end when the role or scope changes", async () => {
    const { admin, user, sessionId } = await signedInStaff();
    await updateUserAccess(
      admin,
      {
        id: user.id,
        version: 1,
        name: user.name,
        role: "STAFF",
        nationalScope: false,
        provinceIds: [12, 8],
        agencyId: 1,
        agencyUnit: null,
      },
      { ip: null, userAgent: null },
    );
    expect(await resolveSession(sessionId)).toBeNull();
  });

  it("end after 30 idle minutes and after a working day", async () => {
    const user = await makeUser(db, "MANAGER");
    const start = new Date();
    const a = (await authenticate(
      user.email,
      TEST_PASSWORD,
      { ip: uniqueIp(), userAgent: null },
      start,
    ))!;
    expect(
      await resolveSession(a.sessionId, new Date(start.getTime() + minutes(29))),
    ).not.toBeNull();
    expect(
      await resolveSession(a.sessionId, new Date(start.getTime() + minutes(29) + minutes(31))),
    ).toBeNull();

    const b = (await authenticate(
      user.email,
      TEST_PASSWORD,
      { ip: uniqueIp(), userAgent: null },
      start,
    ))!;
    // Active every 20 minutes all day, still cut off at 8 hours.
    for (let m = 20; m < 480; m += 20) {
      expect(
        await resolveSession(b.sessionId, new Date(start.getTime() + minutes(m))),
      ).not.toBeNull();
    }
    expect(await resolveSession(b.sessionId, new Date(start.getTime() + minutes(481)))).toBeNull();
  });
});
