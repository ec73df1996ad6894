import { afterAll, describe, expect, it } from "vitest";
import { changeCaseStatusSpec } from "@/lib/actions/definitions/case-status";
import { runGuarded } from "@/lib/auth/guard-core";
import type { ActingUser } from "@/lib/auth/acting-user";
import { testDb } from "@/lib/testing/db";
import { caseForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { createCase } from "./case-mutations";
import { findCaseStatusHistory } from "./case-status";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.11", userAgent: "vitest" };

/** A new case of the staff member's own (OPEN since 2017-06-15) and a mover for it. */
async function openCase(staff: ActingUser) {
  const form = caseForm();
  const { id } = await createCase(
    staff,
    { ...form, offenceType: "LABOUR_EXPLOITATION", provinceId: 12, summary: undefined },
    request,
  );
  let version = 1;
  const move = async (patch: Record<string, string>, actor: ActingUser = staff) => {
    const result = await runGuarded(changeCaseStatusSpec, actor, request, {
      id,
      version: String(version),
      closeReason: "",
      note: "",
      changedOn: "2017-07-01",
      ...patch,
    });
    if (result.ok) version += 1;
    return result;
  };
  return { id, move };
}

async function stateOf(id: string) {
  const [kase, history, audit] = await Promise.all([
    db.case.findUniqueOrThrow({
      where: { id },
      select: { status: true, closeReason: true, version: true, statusChangedAt: true },
    }),
    db.caseStatusChange.count({ where: { caseId: id } }),
    db.auditEvent.count({ where: { entityId: id } }),
  ]);
  return { kase, history, audit };
}

describe("changing a case's status", () => {
  it("moves a case through to closed, each change in the history and the audit trail", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id, move } = await openCase(staff);
    expect(await move({ toStatus: "INVESTIGATION", changedOn: "2017-07-01" })).toMatchObject({
      ok: true,
    });
    expect(await move({ toStatus: "PROSECUTION", changedOn: "2017-09-01" })).toMatchObject({
      ok: true,
    });
    // Two changes on one day keep their order.
    await move({ toStatus: "IN_COURT", changedOn: "2017-09-01" });
    const closed = await move({
      toStatus: "CLOSED",
      closeReason: "CONVICTION",
      changedOn: "2018-02-01",
      note: "Verdict upheld",
    });
    expect(closed).toMatchObject({ ok: true, data: { id, version: 5 } });
    const stored = await db.case.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "CLOSED", closeReason: "CONVICTION", version: 5 });
    expect(stored.statusChangedAt?.toISOString()).toBe("2018-01-31T17:00:00.000Z");

    const history = await findCaseStatusHistory(staff, id);
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, "OPEN"],
      ["OPEN", "INVESTIGATION"],
      ["INVESTIGATION", "PROSECUTION"],
      ["PROSECUTION", "IN_COURT"],
      ["IN_COURT", "CLOSED"],
    ]);
    expect(history.at(-1)).toMatchObject({
      note: "Verdict upheld",
      closeReason: "CONVICTION",
      actor: { name: staff.name, email: staff.email },
    });

    const events = await db.auditEvent.findMany({
      where: { entityId: id, action: "case.status_changed" },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(4);
    expect(events[3]).toMatchObject({ actorId: staff.id, provinceId: 12 });
    expect(events[3]!.changes).toMatchObject({
      fields: {
        status: { before: "IN_COURT", after: "CLOSED" },
        closeReason: { before: null, after: "CONVICTION" },
        version: { before: 4, after: 5 },
      },
    });
  });

  it("reopens a closed case, and steps back, only with a note; the reason is cleared", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id, move } = await openCase(staff);
    await move({ toStatus: "CLOSED", closeReason: "INSUFFICIENT_EVIDENCE" });
    const before = await stateOf(id);
    expect(await move({ toStatus: "INVESTIGATION" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { note: ["caseWorkflow.errors.noteRequired"] },
    });
    expect(await stateOf(id)).toEqual(before);
    expect(await move({ toStatus: "INVESTIGATION", note: "New witness" })).toMatchObject({
      ok: true,
    });
    expect(await stateOf(id)).toMatchObject({
      kase: { status: "INVESTIGATION", closeReason: null },
      history: 3,
    });
    expect(await move({ toStatus: "OPEN" })).toMatchObject({
      fieldErrors: { note: ["caseWorkflow.errors.noteRequired"] },
    });
    expect(await move({ toStatus: "OPEN", note: "Back to intake" })).toMatchObject({ ok: true });
  });

  it("refuses moves the workflow lacks, with their field errors, writing nothing", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id, move } = await openCase(staff);
    await move({ toStatus: "INVESTIGATION", changedOn: "2017-08-01" });
    const before = await stateOf(id);
    const refusals: [Record<string, string>, Record<string, string[]>][] = [
      [{ toStatus: "IN_COURT" }, { toStatus: ["caseWorkflow.errors.notAllowed"] }],
      [{ toStatus: "INVESTIGATION" }, { toStatus: ["caseWorkflow.errors.notAllowed"] }],
      [{ toStatus: "CLOSED" }, { closeReason: ["caseWorkflow.errors.reasonRequired"] }],
      [
        { toStatus: "PROSECUTION", closeReason: "OTHER" },
        { closeReason: ["caseWorkflow.errors.reasonNotClosing"] },
      ],
      [
        { toStatus: "PROSECUTION", changedOn: "2017-07-31" },
        { changedOn: ["caseWorkflow.errors.beforePrevious"] },
      ],
      [{ toStatus: "PROSECUTION", changedOn: "2999-01-01" }, { changedOn: ["dateInFuture"] }],
      [{ toStatus: "PROSECUTION", changedOn: "" }, { changedOn: ["required"] }],
      [{ toStatus: "SOLVED" }, { toStatus: ["choose"] }],
    ];
    for (const [patch, fieldErrors] of refusals) {
      const result = await move({ changedOn: "2017-08-02", ...patch });
      expect(result, JSON.stringify(patch)).toMatchObject({ ok: false, code: "invalid" });
      expect(!result.ok && result.fieldErrors, JSON.stringify(patch)).toEqual(fieldErrors);
    }
    expect(await stateOf(id)).toEqual(before);
  });

  it("refuses a change based on an old version: of two concurrent closes, one wins", async () => {
    const a = await makeUser(db, "STAFF", { provinceIds: [12] });
    const b = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id } = await openCase(a);
    const close = (actor: ActingUser, closeReason: string) =>
      runGuarded(changeCaseStatusSpec, actor, request, {
        id,
        version: "1",
        toStatus: "CLOSED",
        closeReason,
        changedOn: "2017-07-01",
        note: "",
      });
    const results = await Promise.all([close(a, "WITHDRAWN"), close(b, "MERGED")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.findIndex((r) => r.ok);
    expect(results[1 - winner]).toMatchObject({
      ok: false,
      code: "conflict",
      messageKey: "recordChanged",
      params: { who: [a, b][winner]!.email },
    });
    expect(await stateOf(id)).toMatchObject({
      kase: { status: "CLOSED", closeReason: ["WITHDRAWN", "MERGED"][winner], version: 2 },
      history: 2,
    });
  });

  it("refuses a case out of the user's scope, a deleted one, and roles without the right", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id, move } = await openCase(staff);
    const before = await stateOf(id);
    const elsewhere = await makeUser(db, "STAFF", { provinceIds: [17] });
    expect(await move({ toStatus: "INVESTIGATION" }, elsewhere)).toMatchObject({
      ok: false,
      code: "not-found",
    });
    const manager = await makeUser(db, "MANAGER", { nationalScope: true });
    expect(await move({ toStatus: "INVESTIGATION" }, manager)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await findCaseStatusHistory(elsewhere, id)).toEqual([]);
    await db.case.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await move({ toStatus: "INVESTIGATION" })).toMatchObject({ code: "not-found" });
    expect((await stateOf(id)).history).toBe(before.history);
  });
});
