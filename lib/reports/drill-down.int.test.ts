import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { listCount, reportFigures } from "@/lib/testing/report-drill-down";
import { reportYear, seedReportYear } from "@/lib/testing/report-year-records";
import { makeUser } from "@/lib/testing/users";
import { buildReport } from "./build-report";

const db = testDb();
afterAll(() => db.$disconnect());

describe("the report's drill-down", () => {
  it("gives every figure a drill-down list whose count equals it", async () => {
    const year = await reportYear();
    await seedReportYear(db, year);
    const manager = await makeUser(db, "MANAGER");
    const r = await buildReport(manager, year);
    for (const [name, figure, target] of reportFigures(r)) {
      expect({ name, count: await listCount(manager, target) }).toEqual({ name, count: figure });
    }
  });

  it("shows a province-scoped user only that province's figures", async () => {
    const year = await reportYear();
    await seedReportYear(db, year);
    const staff = await makeUser(db, "STAFF", { provinceIds: [17] });
    const r = await buildReport(staff, year);
    expect(r.scope).toEqual({ national: false, provinces: ["KH-17"] });
    expect(r.cases.total).toBe(1);
    expect(r.arrests.total).toBe(1);
    expect(r.victims.byProvince).toEqual([
      { province: "KH-17", count: 1 },
      { province: null, count: 0 },
    ]);
    expect(r.foreignSuspects.byNationality).toEqual([{ country: null, count: 1 }]);
    // Rescued abroad with no case belongs to no province.
    expect(r.rescuedAbroad.total).toBe(0);
    for (const [name, figure, target] of reportFigures(r)) {
      expect({ name, count: await listCount(staff, target) }).toEqual({ name, count: figure });
    }
  });
});
