import { afterAll, describe, expect, it } from "vitest";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { listCount, reportFigures } from "@/lib/testing/report-drill-down";
import { y4 } from "@/lib/testing/report-year-records";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { buildReport } from "./build-report";
import { drillDown } from "./drill-down";

// Prosecutions, convictions and the new breakdowns on a small dataset made for them, against
// values worked out by hand. It holds the edges the rules are about: a verdict at 23:30 on
// 31 March in Phnom Penh (16:30 UTC: still 31 March, in the TIP year ending that day), a charge at
// 00:30 on 1 April in Phnom Penh (17:30 UTC on 31 March: a UTC reading would count it a day early),
// an acquittal (prosecuted, not convicted), a foreign defendant of unknown nationality, and a
// victim aged 17 years and 364 days at rescue (a child). Y and Y+1 are this test's own years.

const db = testDb();
afterAll(() => db.$disconnect());

const pp = (date: string, time = "10:00") => new Date(`${date}T${time}:00+07:00`);

async function seedCourtYear(y: number) {
  const key = uniqueKey();
  const Y = y4(y);
  const Y1 = y4(y + 1);
  const kase = await db.case.create({
    data: buildCase({
      reference: `CT-${key}`,
      provinceId: 12,
      offenceType: "LABOUR_EXPLOITATION",
      crackedDownAt: pp(`${Y}-05-10`),
    }),
  });
  const suspect = (data: Parameters<typeof buildSuspect>[0]) =>
    db.suspect.create({ data: buildSuspect({ caseId: kase.id, name: `S ${key}`, ...data }) });
  // A: Cambodian man, convicted at 23:30 on 31 March Y+1 (Phnom Penh), 7 years.
  await suspect({
    arrestedAt: pp(`${Y}-05-10`),
    chargedAt: pp(`${Y}-05-20`),
    courtProvinceId: 12,
    chargeArticles: ["LSHTSE-15"],
    courtOutcome: "CONVICTED",
    verdictAt: pp(`${Y1}-03-31`, "23:30"),
    sentenceMonths: 84,
    sentenceSuspended: false,
    fineRiel: 10_000_000,
  });
  // B: Thai woman, acquitted: a prosecution, not a conviction.
  await suspect({
    sex: "FEMALE",
    nationality: "TH",
    isForeign: true,
    arrestedAt: pp(`${Y}-06-01`),
    chargedAt: pp(`${Y}-06-05`),
    courtOutcome: "ACQUITTED",
    verdictAt: pp(`${Y}-12-01`),
  });
  // C: a foreign man of unknown nationality, convicted in February Y+1, 2 years suspended.
  await suspect({
    nationality: null,
    isForeign: true,
    arrestedAt: pp(`${Y}-07-01`),
    chargedAt: pp(`${Y}-07-03`),
    courtOutcome: "CONVICTED",
    verdictAt: pp(`${Y1}-02-01`),
    sentenceMonths: 24,
    sentenceSuspended: true,
  });
  // D: not known whether foreign, charged at 00:30 on 1 April Y+1 in Phnom Penh: after the TIP
  // year, though still 31 March in UTC.
  await suspect({
    sex: "UNKNOWN",
    nationality: null,
    isForeign: null,
    arrestedAt: pp(`${Y1}-03-30`),
    chargedAt: pp(`${Y1}-04-01`, "00:30"),
    courtOutcome: "PENDING",
  });
  // F: a verdict dated before the arrest (a data-entry error, or a trial in absentia).
  await suspect({
    arrestedAt: pp(`${Y}-09-01`),
    courtOutcome: "DISMISSED",
    verdictAt: pp(`${Y}-08-01`),
  });
  // V1: 17 years and 364 days old at rescue: born on 11 June Y−18, rescued on 10 June Y.
  await db.victim.create({
    data: buildVictim({
      caseId: kase.id,
      rescueProvinceId: 12,
      sex: "FEMALE",
      dateOfBirth: new Date(`${y4(y - 18)}-06-11T00:00:00Z`),
      ageAtRescue: null,
      rescuedAt: pp(`${Y}-06-10`),
      exploitationType: "LABOUR",
    }),
  });
  // V2: a Vietnamese man of 30.
  await db.victim.create({
    data: buildVictim({
      rescueProvinceId: 12,
      sex: "MALE",
      nationality: "VN",
      ageAtRescue: 30,
      rescuedAt: pp(`${Y}-08-01`),
    }),
  });
  // V3: a woman rescued in Thailand.
  await db.victim.create({
    data: buildVictim({
      rescuedAbroad: true,
      rescueCountry: "TH",
      rescueProvinceId: null,
      rescuingAgency: "FOREIGN_AFFAIRS",
      sex: "FEMALE",
      ageAtRescue: 25,
      rescuedAt: pp(`${Y}-09-01`),
    }),
  });
}

describe("the report's court and new breakdowns", () => {
  it("counts a TIP year (1 April to 31 March, Phnom Penh) by hand, every figure as its list", async () => {
    const y = await uniqueYear();
    await seedCourtYear(y);
    const manager = await makeUser(db, "MANAGER");
    const period = { from: `${y4(y)}-04-01`, to: `${y4(y + 1)}-03-31` };
    const r = await buildReport(manager, period);

    expect(r.year).toBe(y);
    expect(r.period).toEqual({
      ...period,
      previous: { from: `${y4(y - 1)}-04-01`, to: `${y4(y)}-03-31` },
    });
    // A, B, C charged in the period; D at 00:30 on 1 April, after it.
    expect(r.prosecutions.total).toBe(3);
    expect(r.prosecutions.bySex).toEqual([
      { sex: "FEMALE", count: 1 },
      { sex: "MALE", count: 2 },
      { sex: "OTHER", count: 0 },
      { sex: "UNKNOWN", count: 0 },
    ]);
    expect(r.prosecutions.byNationality).toEqual([
      { group: "cambodian", country: "KH", count: 1 },
      { group: "foreign", country: "TH", count: 1 },
      { group: "foreign", country: null, count: 1 },
      { group: "unspecified", country: null, count: 0 },
    ]);
    // A (23:30 on 31 March) and C; B was acquitted.
    expect(r.convictions.total).toBe(2);
    expect(r.convictions.bySex.find((s) => s.sex === "MALE")).toEqual({ sex: "MALE", count: 2 });
    expect(r.convictions.byNationality).toEqual([
      { group: "cambodian", country: "KH", count: 1 },
      { group: "foreign", country: null, count: 1 },
      { group: "unspecified", country: null, count: 0 },
    ]);
    expect(r.convictions.bySentence).toEqual([
      { band: "none", count: 0 },
      { band: "under1y", count: 0 },
      { band: "1to5y", count: 1 },
      { band: "5to10y", count: 1 },
      { band: "10to20y", count: 0 },
      { band: "20yPlus", count: 0 },
      { band: "unknown", count: 0 },
    ]);
    expect(r.convictions.suspended).toBe(1);
    // V1 is 17 (a child) by a day; V2 an adult.
    expect(r.victims.total).toBe(2);
    expect(r.victims.byAgeBand).toEqual([
      { band: "under15", count: 0 },
      { band: "15to17", count: 1 },
      { band: "18plus", count: 1 },
      { band: "unknown", count: 0 },
    ]);
    expect(r.victims.byAgeBandAndSex.filter((c) => c.count > 0)).toEqual([
      { band: "15to17", sex: "FEMALE", count: 1 },
      { band: "18plus", sex: "MALE", count: 1 },
    ]);
    expect(r.victims.byNationality).toEqual([
      { country: "KH", count: 1 },
      { country: "VN", count: 1 },
      { country: null, count: 0 },
    ]);
    expect(r.rescuedAbroad.total).toBe(1);
    expect(r.rescuedAbroad.bySex.filter((s) => s.count > 0)).toEqual([{ sex: "FEMALE", count: 1 }]);
    expect(r.checks.find((c) => c.id === "quality.verdictBeforeArrest")).toMatchObject({
      ok: false,
      count: 1,
    });
    expect(r.checks.filter((c) => c.kind === "consistency" && !c.ok)).toEqual([]);
    for (const [name, figure, target] of reportFigures(r)) {
      expect({ name, count: await listCount(manager, target) }).toEqual({ name, count: figure });
    }
  });

  it("counts calendar years by the verdict's and the charge's own dates", async () => {
    const y = await uniqueYear();
    await seedCourtYear(y);
    const manager = await makeUser(db, "MANAGER");
    const r = await buildReport(manager, y + 1);
    // D charged in Y+1; A, B, C in Y. A and C convicted in Y+1.
    expect(r.prosecutions).toMatchObject({ total: 1, previous: 3, change: "−66.67%" });
    expect(r.convictions).toMatchObject({ total: 2, previous: 0, change: "new" });
    expect(r.prosecutions.byNationality).toContainEqual({
      group: "unspecified",
      country: null,
      count: 1,
    });
    // The list behind the conviction at 23:30 on 31 March holds it on that day, not the next.
    const lastDay = `${y4(y + 1)}-03-31`;
    const convictedThatDay = drillDown.convictions({ from: lastDay, to: lastDay });
    expect(await listCount(manager, convictedThatDay)).toBe(1);
  });

  it("flags convictions with no verdict date, whatever the period", async () => {
    const y = await uniqueYear();
    const manager = await makeUser(db, "MANAGER");
    const before = (await buildReport(manager, y)).checks.find(
      (c) => c.id === "quality.convictedWithoutVerdictDate",
    )!.count;
    await db.suspect.create({
      data: buildSuspect({ arrestedAt: pp(`${y4(y)}-03-01`), courtOutcome: "CONVICTED" }),
    });
    const check = (await buildReport(manager, y)).checks.find(
      (c) => c.id === "quality.convictedWithoutVerdictDate",
    )!;
    expect(check.count).toBe(before + 1);
    expect(check.ok).toBe(false);
    expect(await listCount(manager, drillDown.check(y, check.id)!)).toBe(check.count);
  });
});
