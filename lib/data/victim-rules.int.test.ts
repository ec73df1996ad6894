import { afterAll, describe, expect, it } from "vitest";
import {
  createVictimSpec,
  restoreVictimSpec,
  updateVictimSpec,
} from "@/lib/actions/definitions/victims";
import { runGuarded } from "@/lib/auth/guard-core";
import { deleteVictim, restoreVictim } from "@/lib/data/victim-mutations";
import { testDb } from "@/lib/testing/db";
import { futureDate, makeCase, victimForm } from "@/lib/testing/people";
import { runRefused } from "@/lib/testing/refusals";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.32", userAgent: "vitest" };

/** A staff member in province 12 and a victim rescued there in a case of theirs. */
async function arrange() {
  const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
  const kase = await makeCase(db, 12);
  const victim = await db.victim.create({
    data: buildVictim({ caseId: kase.id, rescueProvinceId: 12 }),
  });
  return { staff, kase, victim };
}

const create = createVictimSpec;
const update = updateVictimSpec;

type Rule = [string, () => Record<string, string>, string, string];
const RULES: Rule[] = [
  [
    "a birth date in the future",
    () => ({ dateOfBirth: futureDate() }),
    "dateOfBirth",
    "dateInFuture",
  ],
  ["a rescue in the future", () => ({ rescuedOn: futureDate() }), "rescuedOn", "dateInFuture"],
  ["a rescue before birth", () => ({ rescuedOn: "2001-07-03" }), "rescuedOn", "beforeBirth"],
  ["an age over 120", () => ({ dateOfBirth: "", ageAtRescue: "121" }), "ageAtRescue", "ageRange"],
  ["a negative age", () => ({ dateOfBirth: "", ageAtRescue: "-1" }), "ageAtRescue", "ageRange"],
  ["both a birth date and an age", () => ({ ageAtRescue: "15" }), "ageAtRescue", "birthOrAge"],
  [
    "abroad with no country chosen",
    () => ({ rescuePlace: "ABROAD" }),
    "rescueCountry",
    "countryNeeded",
  ],
  // Victims have no "foreign, nationality unknown" column: refused, not silently dropped.
  ["foreign with no nationality", () => ({ nationality: "FOREIGN" }), "nationality", "country"],
];

describe("bad victim input is refused with its field error, writing nothing", () => {
  it.each(RULES)("%s, on create and on update", async (_rule, bad, field, message) => {
    const { staff, kase, victim } = await arrange();
    const invalid = { ok: false, code: "invalid", fieldErrors: { [field]: [message] } };
    const form = { ...victimForm(kase.id), ...bad() };
    expect(await runRefused(db, create, staff, [kase.id], form)).toMatchObject(invalid);
    const edit = { ...form, id: victim.id, version: "1" };
    expect(await runRefused(db, update, staff, [kase.id], edit)).toMatchObject(invalid);
  });
});

describe("victims outside the user's scope", () => {
  it("rescued in another province, or abroad with no case, are refused to provincial staff", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const elsewhere = victimForm(null, { rescueProvinceId: "17" });
    expect(await runRefused(db, create, staff, [], elsewhere)).toMatchObject({ code: "forbidden" });
    const abroad = victimForm(null, { rescuePlace: "ABROAD", rescueCountry: "TH" });
    expect(await runRefused(db, create, staff, [], abroad)).toMatchObject({ code: "forbidden" });
  });

  it("cannot be linked by staff in province 12 to a case in province 17", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await makeCase(db, 17);
    expect(await runRefused(db, create, staff, [other.id], victimForm(other.id))).toMatchObject({
      code: "not-found",
    });
  });

  it("cannot be edited by staff of another province, nor moved out of scope", async () => {
    const { staff, kase, victim } = await arrange();
    const outsider = await makeUser(db, "STAFF", { provinceIds: [17] });
    const edit = { ...victimForm(kase.id), id: victim.id, version: "1" };
    expect(await runRefused(db, update, outsider, [kase.id], edit)).toMatchObject({
      code: "not-found",
    });
    const move = { ...edit, rescueProvinceId: "17" };
    expect(await runRefused(db, update, staff, [kase.id], move)).toMatchObject({
      code: "forbidden",
    });
    expect(await db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({
      rescueProvinceId: 12,
      version: 1,
    });
  });

  it("belong to the rescue province, even when their case is in another", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await makeCase(db, 17);
    const victim = await db.victim.create({
      data: buildVictim({ caseId: other.id, rescueProvinceId: 12 }),
    });
    const edit = { ...victimForm(other.id), id: victim.id, version: "1" };
    const result = await runGuarded(update, staff, request, edit);
    expect(result).toMatchObject({ ok: true, data: { version: 2, caseId: other.id } });
    const [event] = await db.auditEvent.findMany({ where: { entityId: victim.id } });
    expect(event).toMatchObject({ action: "victim.updated", provinceId: 12 });
  });

  it("with no rescue province belong to their case's province", async () => {
    const kase = await makeCase(db, 12);
    const victim = await db.victim.create({ data: buildVictim({ caseId: kase.id }) });
    const edit = { ...victimForm(kase.id, { rescueProvinceId: "" }), id: victim.id, version: "1" };
    const outsider = await makeUser(db, "STAFF", { provinceIds: [17] });
    expect(await runRefused(db, update, outsider, [kase.id], edit)).toMatchObject({
      code: "not-found",
    });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    expect(await runGuarded(update, staff, request, edit)).toMatchObject({ ok: true });
  });

  it("are not restored into a soft-deleted case", async () => {
    const { staff, kase } = await arrange();
    const victim = await db.victim.create({
      data: buildVictim({ caseId: kase.id, rescueProvinceId: 12, deletedAt: new Date() }),
    });
    await db.case.update({ where: { id: kase.id }, data: { deletedAt: new Date() } });
    const restore = restoreVictimSpec;
    const ref = { id: victim.id, version: "1" };
    expect(await runRefused(db, restore, staff, [kase.id], ref)).toMatchObject({
      code: "not-found",
    });
  });
});

describe("lib/data's own permission check, behind the guard", () => {
  it("refuses a role without write:record as a rejected promise, writing nothing", async () => {
    const { kase, victim } = await arrange();
    const manager = await makeUser(db, "MANAGER", { nationalScope: true });
    const ref = { id: victim.id, version: 1 };
    for (const write of [deleteVictim, restoreVictim]) {
      const pending = write(manager, ref, request);
      expect(pending).toBeInstanceOf(Promise);
      await expect(pending).rejects.toMatchObject({ code: "forbidden" });
    }
    const stored = await db.victim.findUniqueOrThrow({ where: { id: victim.id } });
    expect(stored).toMatchObject({ version: 1, deletedAt: null, caseId: kase.id });
  });
});
