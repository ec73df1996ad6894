import { afterAll, describe, expect, it } from "vitest";
import { createSuspectSpec } from "@/lib/actions/definitions/suspects";
import { createVictimSpec } from "@/lib/actions/definitions/victims";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeCase, suspectForm, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: null, userAgent: "vitest" };

// Names unique to one test: a fictional given name made of the test's key.
const fictional = () => `Srey${uniqueKey().toLowerCase()}`;

describe("duplicate warnings for victims", () => {
  it("stop a likely duplicate, write nothing but the read log, and offer the match", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const given = fictional();
    const first = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `${given} Mao` }),
    );
    expect(first).toMatchObject({ ok: true });
    const before = await db.victim.count();
    const auditBefore = await db.auditEvent.count();
    const second = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `${given}  mao` }),
    );
    expect(second).toMatchObject({ ok: false, code: "conflict", messageKey: "possibleDuplicates" });
    const details = (second as { details: { id: string; label: string; score: number }[] }).details;
    expect(details.map((d) => d.id)).toEqual([(first as { data: { id: string } }).data.id]);
    expect(details[0]!.score).toBeGreaterThanOrEqual(0.6);
    expect(await db.victim.count()).toBe(before);
    // Nothing but the read-access log of the match the warning names (decision 0026).
    const written = await db.auditEvent.findMany({
      where: { actorId: staff.id },
      select: { action: true, entityId: true },
      orderBy: { id: "asc" },
    });
    expect(written.slice(-1)).toEqual([
      { action: "victim.identity_viewed", entityId: details[0]!.id },
    ]);
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
  });

  it("match names typed in Khmer script, with or without zero-width spaces", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const key = uniqueKey();
    // A Khmer name made unique by a Latin tail, so other tests' Khmer names cannot interfere.
    const first = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `សុខ ដារ៉ា ${key}` }),
    );
    // The first is saved: it must not itself have matched someone else's record.
    expect(first).toMatchObject({ ok: true });
    const again = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `សុខ\u200Bដារ៉ា ${key}` }),
    );
    expect(again).toMatchObject({ ok: false, messageKey: "possibleDuplicates" });
  });

  it("do not flag the same name with a different date of birth", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const given = fictional();
    await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `${given} Mao`, dateOfBirth: "2001-07-04" }),
    );
    const other = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name: `${given} Mao`, dateOfBirth: "1990-01-01" }),
    );
    expect(other).toMatchObject({ ok: true });
  });

  it("save anyway, or save linked as the same person, the link audited", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const name = `${fictional()} Chan`;
    const first = (await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name }),
    )) as { data: { id: string } };
    const anyway = await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { name, duplicateCheck: "skip" }),
    );
    expect(anyway).toMatchObject({ ok: true });
    const linked = (await runGuarded(
      createVictimSpec,
      staff,
      request,
      victimForm(null, { duplicateCheck: "run", name, sameAs: first.data.id }),
    )) as {
      data: { id: string };
    };
    expect(await db.victim.findUniqueOrThrow({ where: { id: linked.data.id } })).toMatchObject({
      linkedToId: first.data.id,
    });
    const events = await db.auditEvent.findMany({
      where: { entityId: linked.data.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["victim.created", "victim.linked"]);
    expect(events[1]!.changes).toMatchObject({ samePersonAs: first.data.id });
  });

  it("never reveal a record outside the user's scope", async () => {
    const pp = await makeUser(db, "STAFF", { provinceIds: [12] });
    const sr = await makeUser(db, "STAFF", { provinceIds: [17] });
    const name = `${fictional()} Keo`;
    await runGuarded(
      createVictimSpec,
      sr,
      request,
      victimForm(null, { duplicateCheck: "run", name, rescueProvinceId: "17" }),
    );
    expect(
      await runGuarded(
        createVictimSpec,
        pp,
        request,
        victimForm(null, { duplicateCheck: "run", name }),
      ),
    ).toMatchObject({ ok: true });
    const hidden = await db.victim.findFirstOrThrow({ where: { name, rescueProvinceId: 17 } });
    expect(
      await runGuarded(
        createVictimSpec,
        pp,
        request,
        victimForm(null, { duplicateCheck: "run", name: `${name}x`, sameAs: hidden.id }),
      ),
    ).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("duplicate warnings for suspects", () => {
  it("stop a likely duplicate across cases in scope", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const a = await makeCase(db, 12);
    const b = await makeCase(db, 12);
    const name = `${fictional()} Nguyen`;
    expect(
      await runGuarded(
        createSuspectSpec,
        staff,
        request,
        suspectForm(a.id, { duplicateCheck: "run", name }),
      ),
    ).toMatchObject({ ok: true });
    const again = await runGuarded(
      createSuspectSpec,
      staff,
      request,
      suspectForm(b.id, { duplicateCheck: "run", name }),
    );
    expect(again).toMatchObject({ ok: false, messageKey: "possibleDuplicates" });
    expect(await db.suspect.count({ where: { caseId: b.id } })).toBe(0);
  });
});
