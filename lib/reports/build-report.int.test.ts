import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findCases } from "@/lib/data/cases";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { parseRecordFilters, recordFiltersQuery } from "@/lib/filters/record-filters";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { buildReport } from "./build-report";
import { drillDown, type TDrillDown } from "./drill-down";
import type { TReportDocument } from "./types";

const db = testDb();
afterAll(() => db.$disconnect());

const y4 = (year: number) => String(year).padStart(4, "0");

/** A report year whose year before is this test's too (uniqueYear owns the year after it). */
async function reportYear(): Promise<number> {
  return (await uniqueYear()) + 1;
}

/** A year of records: two provinces, every remainder kind, a deleted record of each kind. */
async function seedYear(year: number) {
  const key = uniqueKey();
  const at = (monthDay: string) => new Date(`${year}-${monthDay}T10:00:00+07:00`);
  const lastMinute = new Date(`${year}-12-31T23:30:00+07:00`);
  const pp = await db.case.create({
    data: buildCase({ reference: `R-${key}-1`, provinceId: 12, crackedDownAt: lastMinute }),
  });
  const sr = await db.case.create({
    data: buildCase({
      reference: `R-${key}-2`,
      provinceId: 17,
      crackedDownAt: at("03-01"),
      offenceType: "LABOUR_EXPLOITATION",
    }),
  });
  await db.case.create({
    data: buildCase({
      reference: `R-${key}-3`,
      provinceId: 12,
      crackedDownAt: at("04-01"),
      deletedAt: new Date(),
    }),
  });
  // The year before: one case, so the change is +100%.
  await db.case.create({
    data: buildCase({
      reference: `R-${key}-0`,
      provinceId: 12,
      crackedDownAt: new Date(`${y4(year - 1)}-05-05T10:00:00+07:00`),
    }),
  });
  const suspect = (o: Parameters<typeof buildSuspect>[0]) =>
    db.suspect.create({ data: buildSuspect(o) });
  await suspect({ caseId: pp.id, arrestedAt: at("02-02"), nationality: "KH", isForeign: false });
  await suspect({ caseId: pp.id, arrestedAt: at("02-03"), nationality: "VN", isForeign: true });
  await suspect({ caseId: sr.id, arrestedAt: at("02-04"), nationality: null, isForeign: true });
  await suspect({ caseId: null, arrestedAt: at("02-05"), nationality: "TH", isForeign: true });
  await suspect({
    caseId: sr.id,
    arrestedAt: at("02-06"),
    nationality: "VN",
    isForeign: true,
    deletedAt: new Date(),
  });
  const rescue = new Date(`${year}-06-15T10:00:00+07:00`);
  const victim = (o: Parameters<typeof buildVictim>[0]) =>
    db.victim.create({ data: buildVictim({ rescuedAt: rescue, ...o }) });
  // Born on 15 June: rescued on the 15th birthday is 15–17; born on the 16th, the day before it, under 15.
  await victim({
    rescueProvinceId: 12,
    caseId: pp.id,
    dateOfBirth: new Date(`${y4(year - 15)}-06-15`),
    ageAtRescue: null,
  });
  await victim({
    rescueProvinceId: 12,
    dateOfBirth: new Date(`${y4(year - 15)}-06-16`),
    ageAtRescue: null,
  });
  await victim({
    rescueProvinceId: 12,
    dateOfBirth: new Date(`${y4(year - 18)}-06-15`),
    ageAtRescue: null,
    sex: "MALE",
  });
  await victim({
    rescueProvinceId: 17,
    ageAtRescue: null,
    dateOfBirth: null,
    exploitationType: "LABOUR",
  });
  await victim({ rescueProvinceId: 12, ageAtRescue: 30, deletedAt: new Date() });
  await victim({ rescuedAbroad: true, rescueCountry: "MY", rescuingAgency: "FOREIGN_AFFAIRS" });
  await victim({ rescuedAbroad: true, rescueCountry: "MY", rescuingAgency: "FOREIGN_AFFAIRS" });
  await victim({ rescuedAbroad: true, rescueCountry: null, rescuingAgency: "FOREIGN_AFFAIRS" });
}

/** Every figure of the report with the records list its drill-down opens. */
function figures(r: TReportDocument): [string, number, TDrillDown][] {
  const y = r.year;
  return [
    ["cases", r.cases.total, drillDown.cases(y)],
    ...r.cases.byOffence.map(
      (o) =>
        [`offence ${o.offence}`, o.count, drillDown.casesByOffence(y, o.offence)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.cases.byProvince.map(
      (p) =>
        [`case province ${p.province}`, p.count, drillDown.casesByProvince(y, p.province)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["arrests", r.arrests.total, drillDown.arrests(y)],
    ...r.arrests.bySex.map(
      (s) =>
        [`arrests ${s.sex}`, s.count, drillDown.arrestsBySex(y, s.sex)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["victims", r.victims.total, drillDown.victims(y)],
    ...r.victims.byAgeBand.map(
      (b) =>
        [`band ${b.band}`, b.count, drillDown.victimsByAgeBand(y, b.band)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.victims.bySex.map(
      (s) =>
        [`victims ${s.sex}`, s.count, drillDown.victimsBySex(y, s.sex)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.victims.byExploitation.map(
      (e) =>
        [`type ${e.exploitation}`, e.count, drillDown.victimsByExploitation(y, e.exploitation)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ...r.victims.byProvince.map(
      (p) =>
        [`province ${p.province}`, p.count, drillDown.victimsByProvince(y, p.province)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["foreign", r.foreignSuspects.total, drillDown.foreignSuspects(y)],
    ...r.foreignSuspects.byNationality.map(
      (n) =>
        [`nationality ${n.country}`, n.count, drillDown.foreignByNationality(y, n.country)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
    ["abroad", r.rescuedAbroad.total, drillDown.rescuedAbroad(y)],
    ...r.rescuedAbroad.byCountry.map(
      (c) =>
        [`country ${c.country}`, c.count, drillDown.rescuedAbroadByCountry(y, c.country)] as [
          string,
          number,
          TDrillDown,
        ],
    ),
  ];
}

/** The count the list shows, reached the way a browser reaches it: through the URL. */
async function listCount(user: ActingUser, target: TDrillDown): Promise<number> {
  const query = new URLSearchParams(recordFiltersQuery(target.filters));
  const { filters, errors } = parseRecordFilters(target.kind, Object.fromEntries(query));
  expect(errors).toEqual({});
  const find = { cases: findCases, suspects: findSuspects, victims: findVictims }[target.kind];
  return (await find(user, filters)).total;
}

describe("buildReport", () => {
  it("counts a year's records by the rules, with every remainder explicit", async () => {
    const year = await reportYear();
    await seedYear(year);
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

  it("gives every figure a drill-down list whose count equals it", async () => {
    const year = await reportYear();
    await seedYear(year);
    const manager = await makeUser(db, "MANAGER");
    const r = await buildReport(manager, year);
    for (const [name, figure, target] of figures(r)) {
      expect({ name, count: await listCount(manager, target) }).toEqual({ name, count: figure });
    }
  });

  it("shows a province-scoped user only that province's figures", async () => {
    const year = await reportYear();
    await seedYear(year);
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
    for (const [name, figure, target] of figures(r)) {
      expect({ name, count: await listCount(staff, target) }).toEqual({ name, count: figure });
    }
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
    await seedYear(year);
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
