import { afterAll, describe, expect, it } from "vitest";
import { countRecordsByYear } from "@/lib/data/overview";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());

describe("countRecordsByYear", () => {
  it("counts by the event date's year in Phnom Penh and never counts soft-deleted records", async () => {
    const year = await uniqueYear();
    const key = uniqueKey();
    const lastMinute = new Date(`${year}-12-31T23:30:00+07:00`);
    const nextYearInPhnomPenh = new Date(`${year}-12-31T17:30:00Z`); // 00:30 on 1 January, UTC+7
    const kase = await db.case.create({
      data: buildCase({ reference: `T-${key}-1`, provinceId: 12, crackedDownAt: lastMinute }),
    });
    await db.case.create({
      data: buildCase({
        reference: `T-${key}-2`,
        provinceId: 12,
        crackedDownAt: nextYearInPhnomPenh,
      }),
    });
    await db.case.create({
      data: buildCase({
        reference: `T-${key}-3`,
        provinceId: 12,
        crackedDownAt: lastMinute,
        deletedAt: new Date(),
      }),
    });
    await db.suspect.create({ data: buildSuspect({ caseId: kase.id, arrestedAt: lastMinute }) });
    await db.victim.create({ data: buildVictim({ rescuedAt: lastMinute, rescueProvinceId: 12 }) });
    await db.victim.create({
      data: buildVictim({ rescuedAt: lastMinute, rescuedAbroad: true, rescueCountry: "TH" }),
    });
    await db.victim.create({
      data: buildVictim({ rescuedAt: lastMinute, rescueProvinceId: 12, deletedAt: new Date() }),
    });

    const manager = await makeUser(db, "MANAGER");
    const counts = await countRecordsByYear(manager);
    expect(counts.find((c) => c.year === year)).toEqual({
      year,
      cases: 1,
      arrests: 1,
      victims: 1,
      abroad: 1,
    });
    expect(counts.find((c) => c.year === year + 1)).toMatchObject({ cases: 1 });
  });

  it("counts only the provinces in a scoped user's scope", async () => {
    const year = await uniqueYear();
    const key = uniqueKey();
    const at = new Date(`${year}-06-01T10:00:00+07:00`);
    const inPP = await db.case.create({
      data: buildCase({ reference: `T-${key}-PP`, provinceId: 12, crackedDownAt: at }),
    });
    const inSR = await db.case.create({
      data: buildCase({ reference: `T-${key}-SR`, provinceId: 17, crackedDownAt: at }),
    });
    await db.suspect.create({ data: buildSuspect({ caseId: inPP.id, arrestedAt: at }) });
    await db.suspect.create({ data: buildSuspect({ caseId: inSR.id, arrestedAt: at }) });
    await db.victim.create({ data: buildVictim({ rescuedAt: at, rescueProvinceId: 12 }) });
    await db.victim.create({ data: buildVictim({ rescuedAt: at, rescueProvinceId: 17 }) });
    // Rescued abroad with a Phnom Penh case: belongs to Phnom Penh.
    await db.victim.create({
      data: buildVictim({
        rescuedAt: at,
        rescuedAbroad: true,
        rescueCountry: "MY",
        caseId: inPP.id,
      }),
    });
    // Rescued abroad with no case: national scope only.
    await db.victim.create({
      data: buildVictim({ rescuedAt: at, rescuedAbroad: true, rescueCountry: "TH" }),
    });

    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    expect((await countRecordsByYear(staff)).find((c) => c.year === year)).toEqual({
      year,
      cases: 1,
      arrests: 1,
      victims: 1,
      abroad: 1,
    });
    const national = await makeUser(db, "AUDITOR");
    expect((await countRecordsByYear(national)).find((c) => c.year === year)).toEqual({
      year,
      cases: 2,
      arrests: 2,
      victims: 2,
      abroad: 2,
    });
  });

  it("is refused to an administrator, whose role reads no records", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(countRecordsByYear(admin)).rejects.toMatchObject({ code: "forbidden" });
  });
});
