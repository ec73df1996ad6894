import { afterAll, describe, expect, it } from "vitest";
import { setPreferencesSpec } from "@/lib/actions/definitions/account";
import { resolveSession } from "@/lib/auth/session-store";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";

// A user's own choice of digits on Khmer pages (decision 0028): validated, audited in the same
// transaction, for the acting user only, and read by the next request's session.
const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "203.0.113.9", userAgent: "vitest" };

const digitsOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { digits: true } })).digits;
const eventsOf = (actorId: string) =>
  db.auditEvent.findMany({
    where: { actorId, action: "user.preferences_changed" },
    select: { entityType: true, entityId: true, changes: true },
  });

describe("setting one's own digits", () => {
  it("stores the choice with one audit row, and the next request's session carries it", async () => {
    const user = await makeUser(db, "MANAGER");
    expect(await digitsOf(user.id)).toBe("KHMER");
    const result = await runGuarded(setPreferencesSpec, user, request, { digits: "LATIN" });
    expect(result).toMatchObject({ ok: true, data: { digits: "LATIN", changed: true } });
    expect(await digitsOf(user.id)).toBe("LATIN");
    const events = await eventsOf(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "user", entityId: user.id });
    expect(JSON.stringify(events[0]!.changes)).toContain("LATIN");
    expect(JSON.stringify(events[0]!.changes)).toContain("KHMER");

    // What the pages read: a session of this user resolves with the new digits.
    const session = await db.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + 3_600_000),
        sessionVersion: (await db.user.findUniqueOrThrow({ where: { id: user.id } }))
          .sessionVersion,
      },
    });
    expect((await resolveSession(session.id))?.digits).toBe("LATIN");

    // The same choice again changes nothing and records nothing.
    const again = await runGuarded(setPreferencesSpec, user, request, { digits: "LATIN" });
    expect(again).toMatchObject({ ok: true, data: { changed: false } });
    expect(await eventsOf(user.id)).toHaveLength(1);
  });

  it("refuses anything but KHMER or LATIN with a field error, and writes nothing", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    for (const digits of ["ARABIC", "", "latin", undefined]) {
      const result = await runGuarded(setPreferencesSpec, user, request, { digits });
      expect(result, String(digits)).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { digits: ["choose"] },
      });
    }
    expect(await digitsOf(user.id)).toBe("KHMER");
    expect(await eventsOf(user.id)).toHaveLength(0);
  });

  it("changes only the acting user's own row, whatever id the form names", async () => {
    const actor = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await makeUser(db, "ADMIN");
    const result = await runGuarded(setPreferencesSpec, actor, request, {
      digits: "LATIN",
      id: other.id,
      userId: other.id,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await digitsOf(actor.id)).toBe("LATIN");
    expect(await digitsOf(other.id)).toBe("KHMER");
    expect(await eventsOf(other.id)).toHaveLength(0);
  });

  it("refuses a signed-out request", async () => {
    const result = await runGuarded(setPreferencesSpec, null, request, { digits: "LATIN" });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
