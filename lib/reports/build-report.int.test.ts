import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { reportYear, seedReportYear, y4 } from "@/lib/testing/report-year-records";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";
import { buildReport } from "./build-report";

const db = testDb();
afterAll(() => db.$disconnect());

describe("buildReport", () => {
  it("counts a year's records by the rules, with every remainder explicit", async () => {
    const year = await reportYear();
    await seedReportYear(db, year);
    const manager = await makeUser(db, "MANAGER");
    const r = await buildReport(manager, year);

    expect(r).toMatchObject({
      year,
      format: "ctip-annual-report/1",
      comparison: { source: "live" },
    });
    expect(r.cases).toMatchObject({
      total: 2,
      previous: 1,
      changePercent: 100,
      change: "+100.00%",
    });
    expect(r.arrests).toMatchObject({ total: 4, previous: 0, changePercent: null, change: "new" });
    expect(r.victims).toMatchObject({ total: 4, previous: 0 });
    expect(r.victims.byAgeBand).toEqual([
      { band: "under15", count: 1 },
      { band: "15to17", count: 1 },
      { band: "18plus", count: 1 },
      { band: "unknown", count: 1 },
    ]);
    expect(r.victims.byProvince).toEqual([
      { province: "KH-12", count: 3 },
      { province: "KH-17", count: 1 },
      { province: null, count: 0 },
    ]);
    expect(r.victims.topProvince).toEqual({ province: "KH-12", count: 3 });
    expect(r.foreignSuspects).toEqual({
      total: 3,
      nationalities: 2,
      byNationality: [
        { country: "TH", count: 1 },
        { country: "VN", count: 1 },
        { country: null, count: 1 },
      ],
    });
    expect(r.rescuedAbroad).toMatchObject({
      total: 3,
      byCountry: [
        { country: "MY", count: 2 },
        { country: null, count: 1 },
      ],
    });
    expect(r.checks.filter((c) => c.kind === "consistency").every((c) => c.ok)).toBe(true);
    expect(r.checks.find((c) => c.id === "quality.victimsWithoutAge")).toMatchObject({
      ok: false,
      count: 1,
    });
    expect(r.checks.find((c) => c.id === "quality.arrestsWithoutCase")).toMatchObject({
      ok: false,
      count: 1,
    });
  });

  it("bands ages at the exact birthdays, on the rescue date in Phnom Penh", async () => {
    const year = await reportYear();
    // Rescued at 05:00 on 15 June in Phnom Penh: still 14 June in UTC. The birthday that counts
    // is Phnom Penh's.
    const rescuedAt = new Date(`${year}-06-15T05:00:00+07:00`);
    const born = (yearsBefore: number, monthDay: string) => ({
      dateOfBirth: new Date(`${y4(year - yearsBefore)}-${monthDay}`),
      ageAtRescue: null,
    });
    for (const person of [
      born(15, "06-16"), // the day before the 15th birthday: 14
      born(15, "06-15"), // the 15th birthday: 15
      born(18, "06-16"), // the day before the 18th birthday: 17
      born(18, "06-15"), // the 18th birthday: 18
      { dateOfBirth: null, ageAtRescue: 14 },
      { dateOfBirth: null, ageAtRescue: 15 },
      { dateOfBirth: null, ageAtRescue: 17 },
      { dateOfBirth: null, ageAtRescue: 18 },
      { dateOfBirth: new Date(`${y4(year + 1)}-01-01`), ageAtRescue: null }, // born after: unknown
    ]) {
      await db.victim.create({ data: buildVictim({ rescuedAt, rescueProvinceId: 12, ...person }) });
    }
    const manager = await makeUser(db, "MANAGER");
    const r = await buildReport(manager, year);
    expect(r.victims.byAgeBand).toEqual([
      { band: "under15", count: 2 },
      { band: "15to17", count: 4 },
      { band: "18plus", count: 2 },
      { band: "unknown", count: 1 },
    ]);
  });

  it("offers CTDC's age bands as a second set", async () => {
    const year = await reportYear();
    await seedReportYear(db, year);
    const auditor = await makeUser(db, "AUDITOR");
    const r = await buildReport(auditor, year, { bands: "ctdc" });
    expect(r.rules.ageBandSet).toBe("ctdc");
    expect(r.victims.byAgeBand.map((b) => b.band)).toEqual([
      ...["0to8", "9to17", "18to20", "21to23", "24to26", "27to29", "30to38", "39to47", "48plus"],
      "unknown",
    ]);
    expect(r.victims.byAgeBand.find((b) => b.band === "9to17")?.count).toBe(2);
    expect(r.victims.byAgeBand.find((b) => b.band === "18to20")?.count).toBe(1);
  });

  it("is refused to a role without read:report", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(buildReport(admin, 2017)).rejects.toMatchObject({ code: "forbidden" });
  });
});
