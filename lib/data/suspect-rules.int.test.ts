import { afterAll, describe, expect, it } from "vitest";
import { createSuspectSpec, updateSuspectSpec } from "@/lib/actions/definitions/suspects";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { futureDate, makeCase, suspectForm } from "@/lib/testing/people";
import { runRefused } from "@/lib/testing/refusals";
import { makeUser } from "@/lib/testing/users";
import { buildSuspect } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.22", userAgent: "vitest" };

/** A staff member in province 12 and a suspect of theirs, created by the factories. */
async function arrange() {
  const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
  const kase = await makeCase(db, 12);
  const suspect = await db.suspect.create({ data: buildSuspect({ caseId: kase.id }) });
  return { staff, kase, suspect };
}

const create = createSuspectSpec;
const update = updateSuspectSpec;

const RULES: [string, () => Record<string, string>, string, string][] = [
  [
    "a birth date in the future",
    () => ({ dateOfBirth: futureDate() }),
    "dateOfBirth",
    "dateInFuture",
  ],
  ["an arrest in the future", () => ({ arrestedOn: futureDate() }), "arrestedOn", "dateInFuture"],
  ["an arrest before birth", () => ({ arrestedOn: "1979-12-31" }), "arrestedOn", "beforeBirth"],
  ["an age over 120", () => ({ dateOfBirth: "", ageYears: "121" }), "ageYears", "ageRange"],
  ["a negative age", () => ({ dateOfBirth: "", ageYears: "-1" }), "ageYears", "ageRange"],
  ["both a birth date and an age", () => ({ ageYears: "44" }), "ageYears", "birthOrAge"],
  [
    "an arresting unit with no arrest date",
    () => ({ arrestedOn: "", arrestedTime: "" }),
    "arrestedOn",
    "arrestDateNeeded",
  ],
];

describe("bad suspect input is refused with its field error, writing nothing", () => {
  it.each(RULES)("%s, on create and on update", async (_rule, bad, field, message) => {
    const { staff, kase, suspect } = await arrange();
    const invalid = { ok: false, code: "invalid", fieldErrors: { [field]: [message] } };
    const form = { ...suspectForm(kase.id), ...bad() };
    expect(await runRefused(db, create, staff, [kase.id], form)).toMatchObject(invalid);
    const edit = { ...form, id: suspect.id, version: "1" };
    expect(await runRefused(db, update, staff, [kase.id], edit)).toMatchObject(invalid);
  });
});

describe("suspects outside the user's scope", () => {
  it("cannot be attached by staff in province 12 to a case in province 17", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await makeCase(db, 17);
    const result = await runRefused(db, create, staff, [other.id], suspectForm(other.id));
    expect(result).toMatchObject({ ok: false, code: "not-found" });
  });

  it("cannot be moved by staff in province 12 into a case in province 17", async () => {
    const { staff, kase, suspect } = await arrange();
    const other = await makeCase(db, 17);
    const move = { ...suspectForm(other.id), id: suspect.id, version: "1" };
    const result = await runRefused(db, update, staff, [kase.id, other.id], move);
    expect(result).toMatchObject({ ok: false, code: "not-found" });
    expect(await db.suspect.findUniqueOrThrow({ where: { id: suspect.id } })).toMatchObject({
      caseId: kase.id,
      version: 1,
    });
  });

  it("cannot be edited by staff of another province, nor by a manager", async () => {
    const { kase, suspect } = await arrange();
    const edit = { ...suspectForm(kase.id), id: suspect.id, version: "1" };
    const outsider = await makeUser(db, "STAFF", { provinceIds: [17] });
    expect(await runRefused(db, update, outsider, [kase.id], edit)).toMatchObject({
      code: "not-found",
    });
    const manager = await makeUser(db, "MANAGER", { provinceIds: [12] });
    expect(await runRefused(db, update, manager, [kase.id], edit)).toMatchObject({
      code: "forbidden",
    });
  });

  it("are not added to a soft-deleted case", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const kase = await makeCase(db, 12);
    await db.case.update({ where: { id: kase.id }, data: { deletedAt: new Date() } });
    const result = await runRefused(db, create, staff, [kase.id], suspectForm(kase.id));
    expect(result).toMatchObject({ ok: false, code: "not-found" });
  });

  it("can be moved between two cases both in scope", async () => {
    const { staff, suspect } = await arrange();
    const target = await makeCase(db, 12);
    const move = { ...suspectForm(target.id), id: suspect.id, version: "1" };
    const result = await runGuarded(updateSuspectSpec, staff, request, move);
    expect(result).toMatchObject({ ok: true, data: { caseId: target.id, version: 2 } });
  });
});
