import { afterAll, describe, expect, it } from "vitest";
import { testDb, uniquePastYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { csvFile, REQUEST } from "@/lib/testing/import-files";
import { importRecords } from "./run-import";

const db = testDb();
afterAll(() => db.$disconnect());

const caseRow = (year: number, province = "Phnom Penh") => ({
  "Offence type": "Human trafficking",
  Province: province,
  "Lead agency": "Anti-Human Trafficking Police",
  "Crack-down date": `${year}-03-01`,
  Status: "OPEN",
});

describe("importRecords: cases", () => {
  it("numbers references in file order, continuing the province's sequence for the year", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const year = await uniquePastYear();
    expect(await importRecords(user, csvFile("cases", [caseRow(year)]), REQUEST)).toMatchObject({
      ok: true,
    });
    const second = csvFile("cases", [caseRow(year), caseRow(year), caseRow(year, "12")]);
    expect(await importRecords(user, second, REQUEST)).toEqual({
      ok: true,
      kind: "cases",
      count: 3,
    });
    const cases = await db.case.findMany({
      where: { createdById: user.id },
      orderBy: { reference: "asc" },
    });
    expect(cases.map((c) => c.reference)).toEqual([1, 2, 3, 4].map((n) => `PNP-${year}-000${n}`));
    const created = await db.auditEvent.count({
      where: { actorId: user.id, action: "case.created" },
    });
    expect(created).toBe(4);
  });

  it("refuses a case in a province outside the user's scope", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const year = await uniquePastYear();
    const result = await importRecords(user, csvFile("cases", [caseRow(year, "Kandal")]), REQUEST);
    expect(result).toMatchObject({
      issues: [{ row: 2, column: "Province", message: "import.issues.outOfScope" }],
    });
    expect(await db.case.count({ where: { createdById: user.id } })).toBe(0);
    expect(await db.caseSequence.count({ where: { provinceId: 8, year } })).toBe(0);
  });

  it("starts each case's history at the status the file gives, a closed one with its reason", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const year = await uniquePastYear();
    const rows = [
      { ...caseRow(year), "Close reason": "" },
      { ...caseRow(year), Status: "IN_COURT", "Close reason": "" },
      { ...caseRow(year), Status: "CLOSED", "Close reason": "Conviction" },
    ];
    expect(await importRecords(user, csvFile("cases", rows), REQUEST)).toMatchObject({
      ok: true,
      count: 3,
    });
    const cases = await db.case.findMany({
      where: { createdById: user.id },
      orderBy: { reference: "asc" },
      select: {
        status: true,
        closeReason: true,
        statusChangedAt: true,
        crackedDownAt: true,
        statusChanges: {
          select: { fromStatus: true, toStatus: true, at: true, closeReason: true },
        },
      },
    });
    expect(cases.map((c) => [c.status, c.closeReason])).toEqual([
      ["OPEN", null],
      ["IN_COURT", null],
      ["CLOSED", "CONVICTION"],
    ]);
    for (const c of cases) {
      expect(c.statusChangedAt).toEqual(c.crackedDownAt);
      expect(c.statusChanges).toEqual([
        { fromStatus: null, toStatus: c.status, at: c.crackedDownAt, closeReason: c.closeReason },
      ]);
    }
  });

  it("refuses a closed case without a reason, and a reason on an open one", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const year = await uniquePastYear();
    const rows = [
      { ...caseRow(year), Status: "CLOSED", "Close reason": "" },
      { ...caseRow(year), Status: "PROSECUTION", "Close reason": "Withdrawn" },
    ];
    const result = await importRecords(user, csvFile("cases", rows), REQUEST);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { row: 2, column: "Close reason", message: "caseWorkflow.errors.reasonRequired" },
        { row: 3, column: "Close reason", message: "caseWorkflow.errors.reasonNotClosing" },
      ],
    });
    expect(await db.case.count({ where: { createdById: user.id } })).toBe(0);
    expect(await db.caseStatusChange.count({ where: { actorId: user.id } })).toBe(0);
  });
});
