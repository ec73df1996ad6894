import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createVictimSpec } from "@/lib/actions/definitions/victims";
import { appendAuditEvents } from "@/lib/audit/append";
import { recordAudit } from "@/lib/audit/append";
import { verifyAuditChain } from "@/lib/audit/verify";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeCase, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";
import { findCase } from "./case-detail";
import { IDENTITY_VIEWED } from "./identity-reads";
import { findVictim } from "./victim-detail";
import { testAuditEvent } from "@/lib/testing/audit-events";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "203.0.113.7", userAgent: "vitest read log" };

async function readEvents(actorId: string) {
  return db.auditEvent.findMany({
    where: { actorId, action: IDENTITY_VIEWED },
    orderBy: { id: "asc" },
  });
}

async function victimIn(provinceId: number, name = `Read ${uniqueKey()}`) {
  const c = await makeCase(db, provinceId);
  const v = await db.victim.create({
    data: buildVictim({ caseId: c.id, rescueProvinceId: provinceId, name }),
    select: { id: true, name: true },
  });
  return { caseId: c.id, ...v };
}

describe("the read-access log of victims' identities", () => {
  it("the victim page's data writes one event naming the victim and province, not the identity", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const v = await victimIn(12);
    const found = await findVictim(staff, v.id, request);
    expect(found.name).toBe(v.name);
    const events = await readEvents(staff.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "victim.identity_viewed",
      entityType: "victim",
      entityId: v.id,
      provinceId: 12,
      actorEmail: staff.email,
      ip: request.ip,
      userAgent: request.userAgent,
      changes: { shownOn: "victim" },
    });
    const stored = JSON.stringify(events[0], (_, x) => (typeof x === "bigint" ? String(x) : x));
    expect(stored).not.toContain(v.name);
  });

  for (const role of ["MANAGER", "AUDITOR"] as const) {
    it(`writes nothing for a ${role}, who is shown no identity`, async () => {
      const reader = await makeUser(db, role);
      const v = await victimIn(12);
      const found = await findVictim(reader, v.id, request);
      expect(found.name).toBeUndefined();
      await findCase(reader, v.caseId, request);
      expect(await db.auditEvent.count({ where: { actorId: reader.id } })).toBe(0);
    });
  }

  it("writes nothing for a victim out of scope, which is not shown", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const v = await victimIn(17);
    await expect(findVictim(staff, v.id, request)).rejects.toMatchObject({ code: "not-found" });
    expect(await readEvents(staff.id)).toHaveLength(0);
  });

  it("is fail-closed: when the event cannot be written, no identity is returned", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const v = await victimIn(12);
    // An actor the audit table's foreign key refuses: the log's insert fails for real.
    const ghost = { ...staff, id: randomUUID() };
    await expect(findVictim(ghost, v.id, request)).rejects.toThrow(/foreign key|audit_event/i);
    expect(await db.auditEvent.count({ where: { entityId: v.id } })).toBe(0);
  });

  it("the case page's data writes one event per victim shown, with each victim's province", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const c = await makeCase(db, 12);
    const here = await db.victim.create({
      data: buildVictim({ caseId: c.id, rescueProvinceId: null, name: `Here ${uniqueKey()}` }),
    });
    const away = await db.victim.create({
      data: buildVictim({ caseId: c.id, rescueProvinceId: 17, name: `Away ${uniqueKey()}` }),
    });
    const detail = await findCase(staff, c.id, request);
    expect(detail.victims.map((v) => v.id)).toEqual([here.id]);
    const events = await readEvents(staff.id);
    expect(events.map((e) => [e.entityId, e.provinceId, e.changes])).toEqual([
      [here.id, 12, { shownOn: "case" }],
    ]);
    expect(events.some((e) => e.entityId === away.id)).toBe(false);
  });

  it("a duplicate warning logs the matches it names, although the creation is refused", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    // A name and date of birth of this test's own, so that no other test's victims match.
    const given = `Dalin${uniqueKey().toLowerCase()}`;
    const form = (name: string) =>
      victimForm(null, { duplicateCheck: "run", name, dateOfBirth: "1998-02-11" });
    const first = await runGuarded(createVictimSpec, staff, request, form(`${given} Chan`));
    expect(first).toMatchObject({ ok: true });
    const second = await runGuarded(createVictimSpec, staff, request, form(`${given}  chan`));
    expect(second).toMatchObject({ ok: false, messageKey: "possibleDuplicates" });
    const events = await readEvents(staff.id);
    const firstId = (first as { data: { id: string } }).data.id;
    expect(events.map((e) => [e.entityId, e.provinceId, e.changes])).toEqual([
      [firstId, 12, { shownOn: "duplicate-warning" }],
    ]);
  });

  it("events appended in one round trip chain like any other, under concurrent writers", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const awkward = { ip: null, userAgent: 'Mozilla "ស្រី" \\ \u2028 tab\there' };
    const event = (i: number) => ({
      actor: staff,
      ...testAuditEvent("test.read_chain", "victim"),
      entityId: `v-${i}`,
      provinceId: i % 2 ? 12 : null,
      details: { shownOn: "victim", n: i, nested: { b: [1, "ខ"], a: null } },
      request: awkward,
    });
    await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => appendAuditEvents(db, [event(i), event(i + 100)])),
      ...Array.from({ length: 8 }, (_, i) =>
        db.$transaction((tx) => recordAudit(tx, { ...event(i + 200), details: undefined })),
      ),
    ]);
    const written = await db.auditEvent.findMany({
      where: { actorId: staff.id, action: "test.read_chain" },
    });
    expect(written).toHaveLength(24);
    expect(written.find((e) => e.entityId === "v-1")).toMatchObject({
      provinceId: 12,
      userAgent: awkward.userAgent,
      ip: null,
      changes: { shownOn: "victim", n: 1, nested: { b: [1, "ខ"], a: null } },
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });
});
