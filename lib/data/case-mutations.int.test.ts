import { afterAll, describe, expect, it } from "vitest";
import { createCaseSpec, updateCaseSpec } from "@/lib/actions/definitions/cases";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb, uniquePastYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildSuspect } from "@/prisma/factories";
import { createCase, deleteCase, restoreCase, updateCase } from "./case-mutations";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.10", userAgent: "vitest" };

function caseInput(year: number, provinceId = 12) {
  return {
    offenceType: "SEXUAL_EXPLOITATION" as const,
    provinceId,
    leadAgency: "Anti-Human Trafficking Police",
    crackedDownOn: `${year}-03-14`,
    crackedDownTime: "23:30",
    summary: undefined,
  };
}

async function fingerprint() {
  const [cases, audit, sequences] = await Promise.all([
    db.case.findMany({
      select: { id: true, version: true, deletedAt: true },
      orderBy: { id: "asc" },
    }),
    db.auditEvent.count(),
    db.caseSequence.findMany({ orderBy: [{ provinceId: "asc" }, { year: "asc" }] }),
  ]);
  return { cases, audit, sequences };
}

describe("cases", () => {
  it("are created with a readable reference and one audit event", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const year = await uniquePastYear();
    const { id, reference } = await createCase(staff, caseInput(year), request);
    expect(reference).toBe(`PNP-${year}-0001`);
    const stored = await db.case.findUniqueOrThrow({ where: { id } });
    expect(stored.crackedDownAt?.toISOString()).toBe(`${year}-03-14T16:30:00.000Z`);
    // A new case starts OPEN, its history one row dated at the crack-down.
    expect(stored).toMatchObject({ status: "OPEN", statusChangedAt: stored.crackedDownAt });
    const history = await db.caseStatusChange.findMany({ where: { caseId: id } });
    expect(history).toMatchObject([
      { fromStatus: null, toStatus: "OPEN", at: stored.crackedDownAt, actorId: staff.id },
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "case.created", actorId: staff.id, provinceId: 12 });
  });

  it("20 parallel creations give 20 distinct references", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const year = await uniquePastYear();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => createCase(staff, caseInput(year), request)),
    );
    const refs = results.map((r) => r.reference).sort();
    expect(new Set(refs).size).toBe(20);
    expect(refs[0]).toBe(`PNP-${year}-0001`);
    expect(refs[19]).toBe(`PNP-${year}-0020`);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const before = await fingerprint();
    const result = await runGuarded(createCaseSpec, staff, request, {
      ...caseInput(2017),
      crackedDownOn: "2999-01-01",
      leadAgency: " ",
      provinceId: "26",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        crackedDownOn: ["dateInFuture"],
        leadAgency: ["required"],
        provinceId: ["province"],
      },
    });
    expect(await fingerprint()).toEqual(before);
  });

  it("are written only in the staff member's own provinces", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const before = await fingerprint();
    await expect(createCase(staff, caseInput(2017, 17), request)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await fingerprint()).toEqual(before);
  });

  it("refuse a stale save, say who changed what, and lose no update", async () => {
    const a = await makeUser(db, "STAFF", { provinceIds: [12] });
    const b = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id } = await createCase(a, caseInput(2017), request);
    const [first, second] = await Promise.all([
      runGuarded(updateCaseSpec, a, request, {
        id,
        version: "1",
        ...caseInput(2017),
        summary: "Raid on a karaoke bar",
      }),
      runGuarded(updateCaseSpec, b, request, {
        id,
        version: "1",
        ...caseInput(2017),
        leadAgency: "Provincial Police",
      }),
    ]);
    const results = [first, second];
    const winner = results.findIndex((r) => r.ok);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results[1 - winner]!;
    expect(loser).toMatchObject({
      ok: false,
      code: "conflict",
      messageKey: "recordChanged",
      params: { who: [a, b][winner]!.email, fields: winner === 0 ? "summary" : "leadAgency" },
    });
    const stored = await db.case.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "case.updated" } })).toBe(1);
  });

  it("are soft deleted and restored, each audited; one with suspects is not deleted", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id } = await createCase(staff, caseInput(2017), request);
    await deleteCase(staff, { id, version: 1 }, request);
    expect((await db.case.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    await expect(
      updateCase(staff, { id, version: 2, ...caseInput(2017) }, request),
    ).rejects.toMatchObject({
      code: "conflict",
      messageKey: "recordDeleted",
    });
    await restoreCase(staff, { id, version: 2 }, request);
    expect(await db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({
      deletedAt: null,
      version: 3,
    });
    expect(
      (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["case.created", "case.deleted", "case.restored"]);

    await db.suspect.create({ data: buildSuspect({ caseId: id }) });
    await expect(deleteCase(staff, { id, version: 3 }, request)).rejects.toMatchObject({
      messageKey: "caseHasPeople",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("out of scope look like they do not exist", async () => {
    const owner = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await makeUser(db, "STAFF", { provinceIds: [17] });
    const { id } = await createCase(owner, caseInput(2017), request);
    await expect(
      updateCase(other, { id, version: 1, ...caseInput(2017, 17) }, request),
    ).rejects.toMatchObject({
      code: "not-found",
    });
    expect((await db.case.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });
});
