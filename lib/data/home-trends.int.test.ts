import { afterAll, describe, expect, it } from "vitest";
import { findVictimTrends, type TTrendCell } from "@/lib/data/home-trends";
import { findVictims } from "@/lib/data/victims";
import { testDb, uniqueYear } from "@/lib/testing/db";
import { filtersOf } from "@/lib/testing/record-lists";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());

const ofYear = (cells: TTrendCell[], year: number) =>
  cells
    .filter((c) => c.year === year)
    .map((c) => [c.key, c.count])
    .sort();

describe("findVictimTrends", () => {
  it("counts victims by year and each dimension, each cell as its list counts it", async () => {
    const year = await uniqueYear();
    const at = new Date(`${year}-03-01T10:00:00+07:00`);
    const later = new Date(`${year + 1}-03-01T10:00:00+07:00`);
    const victim = (data: Parameters<typeof buildVictim>[0]) =>
      db.victim.create({ data: buildVictim({ rescuedAt: at, ...data }) });
    await victim({ rescueProvinceId: 12, ageAtRescue: 10, exploitationType: "LABOUR" });
    await victim({ rescueProvinceId: 12, ageAtRescue: 16 });
    await victim({ rescueProvinceId: 17, ageAtRescue: 30 });
    await victim({ rescueProvinceId: 17, ageAtRescue: 30, deletedAt: new Date() });
    await victim({ rescuedAbroad: true, rescueCountry: "TH", rescueProvinceId: null });
    await victim({ rescuedAbroad: true, rescueCountry: null, rescueProvinceId: null });
    await victim({ rescueProvinceId: 12, rescuedAt: later });

    const manager = await makeUser(db, "MANAGER");
    const trends = await findVictimTrends(manager);
    expect(ofYear(trends.province, year)).toEqual([
      ["12", 2],
      ["17", 1],
    ]);
    expect(ofYear(trends.province, year + 1)).toEqual([["12", 1]]);
    expect(ofYear(trends.exploitation, year)).toEqual([
      ["LABOUR", 1],
      ["SEXUAL", 2],
    ]);
    expect(ofYear(trends.ageBand, year).map(([, n]) => n)).toEqual([1, 1, 1]);
    expect(ofYear(trends.country, year)).toEqual([
      [null, 1],
      ["TH", 1],
    ]);
    const mine = Object.values(trends)
      .flat()
      .filter((c) => c.year === year);
    for (const cell of mine) {
      const url = new URL(cell.href, "http://x");
      const filters = filtersOf("victims", Object.fromEntries(url.searchParams));
      expect((await findVictims(manager, filters)).total, cell.href).toBe(cell.count);
    }
  });

  it("counts only the victims of a scoped user's provinces", async () => {
    const year = await uniqueYear();
    const at = new Date(`${year}-03-01T10:00:00+07:00`);
    await db.victim.create({ data: buildVictim({ rescuedAt: at, rescueProvinceId: 12 }) });
    await db.victim.create({ data: buildVictim({ rescuedAt: at, rescueProvinceId: 17 }) });
    await db.victim.create({
      data: buildVictim({ rescuedAt: at, rescuedAbroad: true, rescueCountry: "TH" }),
    });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const trends = await findVictimTrends(staff);
    expect(ofYear(trends.province, year)).toEqual([["12", 1]]);
    expect(ofYear(trends.country, year)).toEqual([]);
  });

  it("is refused to an administrator", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(findVictimTrends(admin)).rejects.toMatchObject({ code: "forbidden" });
  });
});
