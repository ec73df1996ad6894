import { afterAll, describe, expect, it } from "vitest";
import {
  createSuspectSpec,
  deleteSuspectSpec,
  restoreSuspectSpec,
  updateSuspectSpec,
} from "@/lib/actions/definitions/suspects";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeCase, peopleFingerprint, suspectForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { buildSuspect } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.21", userAgent: "vitest" };

async function eventsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

describe("suspects are written with exactly one correct audit event", () => {
  it("created in a case of the staff member's province", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const form = suspectForm(kase.id);
    const result = await runGuarded(createSuspectSpec, staff, request, form);
    expect(result).toMatchObject({ ok: true, data: { version: 1, caseId: kase.id } });
    const { id } = (result as { data: { id: string } }).data;
    const stored = await db.suspect.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      name: form.name,
      nationality: "TH",
      isForeign: true,
      ageYears: null,
      arrestingUnit: "Anti-Human Trafficking Police",
      courtOutcome: "PENDING",
      createdById: staff.id,
    });
    // A @db.Date keeps the calendar day; the arrest is 08:30 in Phnom Penh (UTC+7).
    expect(stored.dateOfBirth?.toISOString()).toBe("1980-02-29T00:00:00.000Z");
    expect(stored.arrestedAt?.toISOString()).toBe("2017-06-15T01:30:00.000Z");
    const events = await eventsFor(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "suspect.created",
      entityType: "suspect",
      actorId: staff.id,
      actorEmail: staff.email,
      provinceId: 12,
      ip: request.ip,
      changes: {
        fields: {
          caseId: { before: null, after: kase.id },
          name: { before: null, after: form.name },
          dateOfBirth: { before: null, after: "1980-02-29T00:00:00.000Z" },
          arrestedAt: { before: null, after: "2017-06-15T01:30:00.000Z" },
          isForeign: { before: null, after: true },
          version: { before: null, after: 1 },
        },
      },
    });
  });

  it.each([
    ["KH", { nationality: "KH", isForeign: false }],
    ["FOREIGN", { nationality: null, isForeign: true }],
    ["", { nationality: null, isForeign: null }],
  ])("nationality choice %j is stored as %j", async (choice, expected) => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const result = await runGuarded(createSuspectSpec, staff, request, {
      ...suspectForm(kase.id),
      nationality: choice,
    });
    const { id } = (result as { data: { id: string } }).data;
    expect(await db.suspect.findUniqueOrThrow({ where: { id } })).toMatchObject(expected);
  });

  it("updated, auditing only the fields that changed", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const { id } = await db.suspect.create({ data: buildSuspect({ caseId: kase.id }) });
    const name = `Renamed ${uniqueKey()}`;
    const result = await runGuarded(updateSuspectSpec, staff, request, {
      ...suspectForm(kase.id, { name, nationality: "KH", role: "EXPLOITER", ageYears: "41" }),
      ...{ dateOfBirth: "", arrestedOn: "", arrestedTime: "", arrestingUnit: "", charges: "" },
      ...{ courtOutcome: "", id, version: "1" },
    });
    expect(result).toMatchObject({ ok: true, data: { id, version: 2, caseId: kase.id } });
    const events = await eventsFor(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "suspect.updated",
      actorId: staff.id,
      provinceId: 12,
    });
    expect(events[0]!.changes).toEqual({
      fields: {
        name: { before: "Demo Suspect", after: name },
        ageYears: { before: 40, after: 41 },
        role: { before: "RECRUITER", after: "EXPLOITER" },
        version: { before: 1, after: 2 },
      },
    });
  });

  it("soft deleted, then not updated, then restored, each audited", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    const { id } = await db.suspect.create({ data: buildSuspect({ caseId: kase.id }) });
    const ref = (version: number) => ({ id, version: String(version) });
    expect(await runGuarded(deleteSuspectSpec, staff, request, ref(1))).toMatchObject({ ok: true });
    const deleted = await db.suspect.findUniqueOrThrow({ where: { id } });
    expect(deleted.deletedAt).not.toBeNull();

    const before = await peopleFingerprint(db, staff, [kase.id]);
    const edit = await runGuarded(updateSuspectSpec, staff, request, {
      ...suspectForm(kase.id),
      ...ref(2),
    });
    expect(edit).toMatchObject({ ok: false, code: "conflict", messageKey: "recordDeleted" });
    expect(await peopleFingerprint(db, staff, [kase.id])).toEqual(before);

    expect(await runGuarded(restoreSuspectSpec, staff, request, ref(2))).toMatchObject({
      ok: true,
    });
    expect(await db.suspect.findUniqueOrThrow({ where: { id } })).toMatchObject({
      deletedAt: null,
      version: 3,
    });
    // Restoring what is not deleted is refused too.
    expect(await runGuarded(restoreSuspectSpec, staff, request, ref(3))).toMatchObject({
      code: "conflict",
      messageKey: "notDeleted",
    });
    const events = await eventsFor(id);
    expect(events.map((e) => [e.action, e.actorId, e.provinceId])).toEqual([
      ["suspect.deleted", staff.id, 12],
      ["suspect.restored", staff.id, 12],
    ]);
    expect(events[0]!.changes).toMatchObject({
      fields: { deletedAt: { before: null, after: deleted.deletedAt!.toISOString() } },
    });
    expect(events[1]!.changes).toMatchObject({
      fields: { deletedAt: { before: deleted.deletedAt!.toISOString(), after: null } },
    });
  });
});
