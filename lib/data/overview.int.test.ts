import { afterAll, describe, expect, it } from "vitest";
import { countRecordsByYear } from "@/lib/data/overview";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());

describe("countRecordsByYear", () => {
  it("counts by the event date's year in Phnom Penh and never counts soft-deleted records", async () => {
    const year = uniqueYear();
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

    const counts = await countRecordsByYear();
    expect(counts.find((c) => c.year === year)).toEqual({
      year,
      cases: 1,
      arrests: 1,
      victims: 1,
      abroad: 1,
    });
    expect(counts.find((c) => c.year === year + 1)).toMatchObject({ cases: 1 });
  });
});
