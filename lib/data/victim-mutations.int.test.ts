import { afterAll, describe, expect, it } from "vitest";
import {
  createVictimSpec,
  deleteVictimSpec,
  restoreVictimSpec,
  updateVictimSpec,
} from "@/lib/actions/definitions/victims";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeCase, peopleFingerprint, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.31", userAgent: "vitest" };

async function eventsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

async function created(result: unknown) {
  expect(result).toMatchObject({ ok: true, data: { version: 1 } });
  const { id } = (result as { data: { id: string } }).data;
  return db.victim.findUniqueOrThrow({ where: { id } });
}

describe("victims are written with exactly one correct audit event", () => {
  it("created in a case, rescued in the staff member's province", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const form = victimForm(kase.id);
    const victim = await created(await runGuarded(createVictimSpec, staff, request, form));
    expect(victim).toMatchObject({
      caseId: kase.id,
      name: form.name,
      nationality: "KH",
      homeProvinceId: 8,
      rescuedAbroad: false,
      rescueProvinceId: 12,
      rescueCountry: null,
      createdById: staff.id,
    });
    expect(victim.code).toMatch(/^V-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(victim.dateOfBirth?.toISOString()).toBe("2001-07-04T00:00:00.000Z");
    expect(victim.rescuedAt?.toISOString()).toBe("2017-06-15T15:15:00.000Z");
    const events = await eventsFor(victim.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "victim.created",
      entityType: "victim",
      actorId: staff.id,
      actorEmail: staff.email,
      provinceId: 12,
      changes: {
        fields: {
          code: { before: null, after: victim.code },
          name: { before: null, after: form.name },
          dateOfBirth: { before: null, after: "2001-07-04T00:00:00.000Z" },
          rescueProvinceId: { before: null, after: 12 },
          version: { before: null, after: 1 },
        },
      },
    });
  });

  it.each([
    ["TH", "TH"],
    ["UNKNOWN", null],
  ])("rescued abroad (country %s) with no case, by national staff", async (choice, country) => {
    const staff = await makeUser(db, "STAFF", { nationalScope: true });
    const form = victimForm(null, { rescuePlace: "ABROAD", rescueCountry: choice });
    const result = await runGuarded(createVictimSpec, staff, request, form);
    expect(result).toMatchObject({ ok: true, data: { caseId: null } });
    // The province the form still carried is dropped: a place is a province or a country.
    expect(await created(result)).toMatchObject({
      rescuedAbroad: true,
      rescueProvinceId: null,
      rescueCountry: country,
    });
    const [event] = await eventsFor((await created(result)).id);
    expect(event).toMatchObject({ action: "victim.created", provinceId: null });
  });

  it("rescued abroad in a case: the case's province owns the record", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const form = victimForm(kase.id, { rescuePlace: "ABROAD", rescueCountry: "MY" });
    const victim = await created(await runGuarded(createVictimSpec, staff, request, form));
    expect(victim).toMatchObject({
      rescuedAbroad: true,
      rescueProvinceId: null,
      rescueCountry: "MY",
    });
    expect(await eventsFor(victim.id)).toMatchObject([
      { action: "victim.created", provinceId: 12 },
    ]);
  });

  it("rescued in Cambodia: a country the form still carried is dropped", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const form = victimForm(null, { rescueCountry: "TH" });
    const victim = await created(await runGuarded(createVictimSpec, staff, request, form));
    expect(victim).toMatchObject({
      rescuedAbroad: false,
      rescueProvinceId: 12,
      rescueCountry: null,
    });
  });

  it("updated, auditing only the fields that changed", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const { id } = await db.victim.create({
      data: buildVictim({ caseId: kase.id, rescueProvinceId: 12 }),
    });
    const name = `Renamed ${uniqueKey()}`;
    const form = victimForm(kase.id, {
      ...{ name, dateOfBirth: "", ageAtRescue: "16", homeProvinceId: "", rescuedTime: "10:00" },
      ...{ exploitationType: "LABOUR" },
    });
    const result = await runGuarded(updateVictimSpec, staff, request, {
      ...form,
      id,
      version: "1",
    });
    expect(result).toMatchObject({ ok: true, data: { id, version: 2, caseId: kase.id } });
    const events = await eventsFor(id);
    expect(events).toMatchObject([{ action: "victim.updated", actorId: staff.id, provinceId: 12 }]);
    expect(events[0]!.changes).toEqual({
      fields: {
        name: { before: "Demo Victim", after: name },
        exploitationType: { before: "SEXUAL", after: "LABOUR" },
        version: { before: 1, after: 2 },
      },
    });
  });

  it("soft deleted, then not updated, then restored, each audited", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const { id } = await db.victim.create({
      data: buildVictim({ caseId: kase.id, rescueProvinceId: 12 }),
    });
    const ref = (version: number) => ({ id, version: String(version) });
    expect(await runGuarded(deleteVictimSpec, staff, request, ref(1))).toMatchObject({ ok: true });
    const before = await peopleFingerprint(db, staff, [kase.id]);
    const edit = { ...victimForm(kase.id), ...ref(2) };
    expect(await runGuarded(updateVictimSpec, staff, request, edit)).toMatchObject({
      code: "conflict",
      messageKey: "recordDeleted",
    });
    expect(await peopleFingerprint(db, staff, [kase.id])).toEqual(before);
    expect(await runGuarded(restoreVictimSpec, staff, request, ref(2))).toMatchObject({ ok: true });
    expect(await db.victim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      deletedAt: null,
      version: 3,
    });
    const events = await eventsFor(id);
    expect(events.map((e) => [e.action, e.actorId, e.provinceId])).toEqual([
      ["victim.deleted", staff.id, 12],
      ["victim.restored", staff.id, 12],
    ]);
    expect(events[0]!.changes).toMatchObject({ fields: { deletedAt: { before: null } } });
    expect(events[1]!.changes).toMatchObject({ fields: { deletedAt: { after: null } } });
  });
});
