import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildSuspect, buildVictim } from "@/prisma/factories";
import { findRecordHistory } from "./audit";
import { findCase } from "./case-detail";
import { createCase, deleteCase } from "./case-mutations";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: null, userAgent: "vitest" };

async function phnomPenhCase() {
  const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
  const created = await createCase(
    staff,
    {
      offenceType: "OTHER",
      provinceId: 12,
      leadAgency: "Unit",
      crackedDownOn: "2017-05-01",
      crackedDownTime: undefined,
      summary: undefined,
    },
    request,
  );
  return { staff, ...created };
}

describe("records outside a user's scope stay invisible", () => {
  it("their history is refused as not found", async () => {
    const { id } = await phnomPenhCase();
    const outsider = await makeUser(db, "STAFF", { provinceIds: [17] });
    await expect(findRecordHistory(outsider, "case", id)).rejects.toMatchObject({
      code: "not-found",
    });
    const national = await makeUser(db, "AUDITOR");
    expect((await findRecordHistory(national, "case", id)).map((e) => e.action)).toEqual([
      "case.created",
    ]);
  });

  it("a case page lists only the victims in the viewer's scope", async () => {
    const { staff, id } = await phnomPenhCase();
    await db.victim.create({
      data: buildVictim({ caseId: id, rescueProvinceId: 12, name: "In scope" }),
    });
    await db.victim.create({
      data: buildVictim({ caseId: id, rescueProvinceId: 17, name: "Out of scope" }),
    });
    const detail = await findCase(staff, id, request);
    expect(detail.victims.map((v) => v.name)).toEqual(["In scope"]);
  });

  it("deleting someone else's case says not found, and reveals no counts", async () => {
    const { id } = await phnomPenhCase();
    await db.suspect.create({ data: buildSuspect({ caseId: id }) });
    const outsider = await makeUser(db, "STAFF", { provinceIds: [17] });
    await expect(deleteCase(outsider, { id, version: 1 }, request)).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it("a manager never receives victims' names from the case query", async () => {
    const { id } = await phnomPenhCase();
    await db.victim.create({
      data: buildVictim({ caseId: id, rescueProvinceId: 12, name: "Secret Name" }),
    });
    const manager = await makeUser(db, "MANAGER");
    const detail = await findCase(manager, id, request);
    expect(detail.victims).toHaveLength(1);
    expect(JSON.stringify(detail)).not.toContain("Secret Name");
  });
});
