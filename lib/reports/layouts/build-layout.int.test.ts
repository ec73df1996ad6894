import { afterAll, describe, expect, it } from "vitest";
import { tipPeriod, yearPeriod } from "@/lib/domain/period";
import { testDb, uniqueYear } from "@/lib/testing/db";
import { hrefCount, layoutCells, seedLayoutRecords } from "@/lib/testing/layout-records";
import { makeUser } from "@/lib/testing/users";
import { buildGlotipLayout, buildTipLayout } from "./build-layout";

const db = testDb();
afterAll(() => db.$disconnect());

const counts = <R extends { count: number | null }>(rows: R[], key: (r: R) => string) =>
  Object.fromEntries(rows.filter((r) => r.count !== 0).map((r) => [key(r), r.count]));

describe("the TIP layout", () => {
  it("counts 1 April to 31 March, with the labour share, each figure equal to its list", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const manager = await makeUser(db, "MANAGER");
    const tip = await buildTipLayout(manager, tipPeriod(year));
    expect(tip.period).toEqual({ from: `${year}-04-01`, to: `${year + 1}-03-31` });
    const figure = (f: keyof typeof tip & string) => {
      const { total, labour } = tip[f as "prosecutions"];
      return [total.count, labour.count];
    };
    // Hand-counted from seedLayoutRecords: the case of 31 March 23:30 is in, the one a minute
    // before 1 April is not; the acquittal is a prosecution, not a conviction; the conviction at
    // 23:30 on 31 March is in; forced begging and domestic servitude are labour trafficking.
    expect(figure("investigations")).toEqual([2, 1]);
    expect(figure("prosecutions")).toEqual([3, 2]);
    expect(figure("convictions")).toEqual([2, 1]);
    expect(figure("victimsIdentified")).toEqual([5, 3]);
    expect(tip.checks.every((c) => c.ok)).toBe(true);
    const cells = layoutCells(tip);
    expect(cells).toHaveLength(8);
    for (const [name, cell] of cells) {
      expect({ name, count: await hrefCount(manager, cell.list) }).toEqual({
        name,
        count: cell.count,
      });
    }
  });
});

describe("the GLOTIP layout", () => {
  it("counts the calendar year by sex, age group, form and citizenship, each cell equal to its list", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const manager = await makeUser(db, "MANAGER");
    const g = await buildGlotipLayout(manager, yearPeriod(year));
    const v = g.victims;
    expect(v.total.count).toBe(4);
    expect(counts(v.cells, (c) => `${c.sex} ${c.ageGroup} ${c.form} ${c.citizenship}`)).toEqual({
      // 17 years and 364 days old at rescue: a child.
      "FEMALE child sexual national": 1,
      "FEMALE adult forced-labour national": 1,
      // Forced begging is one of GLOTIP's other forms.
      "MALE adult other foreign": 1,
      "MALE unknown forced-labour unknown": 1,
    });
    expect(v.cells).toHaveLength(4 * 3 * 4 * 3);
    expect(counts(v.byAgeGroup, (r) => r.ageGroup)).toEqual({ child: 1, adult: 2, unknown: 1 });
    expect(counts(v.byForm, (r) => r.form)).toEqual({ sexual: 1, "forced-labour": 2, other: 1 });
    expect(counts(v.byCitizenship, (r) => r.citizenship)).toEqual({
      national: 2,
      foreign: 1,
      unknown: 1,
    });
    expect(v.foreignByCountry.map((r) => [r.country, r.count])).toEqual([["VN", 1]]);

    const p = g.persons;
    const cells = (stage: keyof typeof p) =>
      counts(p[stage].cells, (c) => `${c.sex} ${c.citizenship}`);
    expect(p.suspected.total.count).toBe(5);
    expect(cells("suspected")).toEqual({
      "MALE national": 2,
      "MALE foreign": 1,
      // Foreign, nationality not known, is foreign.
      "FEMALE foreign": 1,
      "UNKNOWN unknown": 1,
    });
    expect(p.prosecuted.total.count).toBe(4);
    expect(cells("prosecuted")).toEqual({
      "MALE national": 2,
      "MALE foreign": 1,
      "FEMALE foreign": 1,
    });
    // The conviction of 31 March Y+1 and the acquittal are not the year's convictions.
    expect(cells("convicted")).toEqual({ "FEMALE foreign": 1 });
    expect(g.checks.filter((c) => !c.ok)).toEqual([]);

    // Every cell with a count, and a sample of the zeros, against its list.
    const all = layoutCells(g);
    const checked = all.filter(([, c], i) => c.count !== 0 || i % 17 === 0);
    for (const [name, cell] of checked) {
      expect({ name, count: await hrefCount(manager, cell.list) }).toEqual({
        name,
        count: cell.count,
      });
    }
  });

  it("shows a province-scoped reader only that province's records", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const staff = await makeUser(db, "STAFF", { provinceIds: [17] });
    const g = await buildGlotipLayout(staff, yearPeriod(year));
    expect(g.scope).toEqual({ national: false, provinces: ["KH-17"] });
    // Rescued in province 17: the begging and the domestic servitude victims.
    expect(g.victims.total.count).toBe(2);
    const tip = await buildTipLayout(staff, tipPeriod(year));
    expect(tip.investigations.total.count).toBe(1);
    for (const [name, cell] of layoutCells(tip)) {
      expect({ name, count: await hrefCount(staff, cell.list) }).toEqual({
        name,
        count: cell.count,
      });
    }
  });
});
