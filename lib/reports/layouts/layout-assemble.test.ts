import { describe, expect, it } from "vitest";
import { tipPeriod, yearPeriod } from "@/lib/domain/period";
import { assembleGlotipLayout, VICTIM_SETS, type TGlotipCounts } from "./glotip-assemble";
import { assembleTipLayout } from "./tip-assemble";

const scope = { national: true, provinces: [] };
const generatedAt = new Date("2018-04-02T03:00:00Z");
const persons = (total: number): TGlotipCounts["persons"]["suspected"] => ({
  total,
  bySex: { MALE: total },
  byCitizenship: { national: total, foreign: 0, unknown: 0 },
  cells: { national: { MALE: total }, foreign: {}, unknown: {} },
});

describe("the TIP layout's assembly", () => {
  const doc = assembleTipLayout({
    period: tipPeriod(2017),
    counts: {
      investigations: { total: 10, labour: 2 },
      prosecutions: { total: 8, labour: 1 },
      convictions: { total: 6, labour: 0 },
      victimsIdentified: { total: 40, labour: 9 },
    },
    scope,
    generatedAt,
  });

  it("states its layout, TIP period, scope, time and rules", () => {
    expect(doc).toMatchObject({
      format: "ctip-tip-layout/1",
      layout: "tip",
      period: { from: "2017-04-01", to: "2018-03-31" },
      generatedAt: "2018-04-02T03:00:00.000Z",
      scope,
      rules: { timeZone: "Asia/Phnom_Penh" },
    });
    expect(Object.keys(doc.rules.definitions)).toEqual(
      expect.arrayContaining(["tipPeriod", "labourCases", "labourVictims", "convictions"]),
    );
  });

  it("gives each figure and its labour share with the list that shows its records", () => {
    expect(doc.prosecutions).toEqual({
      total: { count: 8, list: "/suspects?from=2017-04-01&to=2018-03-31&dated=charged" },
      labour: {
        count: 1,
        list: "/suspects?from=2017-04-01&to=2018-03-31&offence=LABOUR_EXPLOITATION&dated=charged",
      },
    });
    expect(doc.convictions.total.list).toBe(
      "/suspects?from=2017-04-01&to=2018-03-31&dated=verdict&outcome=CONVICTED",
    );
    expect(doc.investigations.labour.list).toBe(
      "/cases?from=2017-04-01&to=2018-03-31&offence=LABOUR_EXPLOITATION",
    );
    // Victims in Cambodia and abroad: no place filter.
    expect(doc.victimsIdentified.labour.list).toBe(
      "/victims?from=2017-04-01&to=2018-03-31&exploitation=labour",
    );
    expect(doc.checks.every((c) => c.ok)).toBe(true);
  });

  it("fails its check when a labour share exceeds its total", () => {
    const bad = assembleTipLayout({
      period: tipPeriod(2017),
      counts: { ...doc, investigations: { total: 1, labour: 2 } } as never,
      scope,
      generatedAt,
    });
    expect(bad.checks.find((c) => c.id === "investigations.labour.part")?.ok).toBe(false);
  });
});

describe("the GLOTIP layout's assembly", () => {
  const row = (grp: number, parts: object, n: number) => ({
    grp,
    sex: null,
    age: null,
    form: null,
    citizenship: null,
    country: null,
    n,
    ...parts,
  });
  const cell = { sex: "FEMALE", age: "child", form: "sexual", citizenship: "foreign" };
  const counts: TGlotipCounts = {
    victims: [
      row(VICTIM_SETS.cells, cell, 3),
      row(VICTIM_SETS.sex, { sex: "FEMALE" }, 3),
      row(VICTIM_SETS.ageGroup, { age: "child" }, 3),
      row(VICTIM_SETS.form, { form: "sexual" }, 3),
      row(VICTIM_SETS.citizenship, { citizenship: "foreign" }, 3),
      row(VICTIM_SETS.country, { country: "VN" }, 2),
      row(VICTIM_SETS.country, { country: "TH" }, 1),
      // The country set's row of every victim who is not foreign: not a country.
      row(VICTIM_SETS.country, {}, 0),
      row(VICTIM_SETS.total, {}, 3),
    ],
    persons: { suspected: persons(2), prosecuted: persons(1), convicted: persons(0) },
  };
  const doc = assembleGlotipLayout({ period: yearPeriod(2017), counts, scope, generatedAt });

  it("keeps every cell of the questionnaire's tables, zeros included", () => {
    expect(doc.victims.cells).toHaveLength(4 * 3 * 4 * 3);
    expect(doc.victims.cells.filter((c) => c.count > 0)).toEqual([
      {
        sex: "FEMALE",
        ageGroup: "child",
        form: "sexual",
        citizenship: "foreign",
        count: 3,
        list: "/victims?year=2017&exploitation=SEXUAL&nationality=foreign&sex=FEMALE&ageBand=child",
      },
    ]);
    expect(doc.persons.suspected.cells).toHaveLength(4 * 3);
    expect(doc.persons.prosecuted.cells.find((c) => c.count === 1)?.list).toBe(
      "/suspects?year=2017&nationality=KH&sex=MALE&dated=charged",
    );
  });

  it("ranks the foreign victims' countries, most first", () => {
    expect(doc.victims.foreignByCountry.map((r) => [r.country, r.count])).toEqual([
      ["VN", 2],
      ["TH", 1],
    ]);
    expect(doc.victims.byForm.find((f) => f.form === "forced-labour")?.list).toBe(
      "/victims?year=2017&exploitation=forced-labour",
    );
    expect(doc.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it("fails a check when a breakdown does not add up to its total", () => {
    const bad = assembleGlotipLayout({
      period: yearPeriod(2017),
      counts: { ...counts, victims: counts.victims.filter((r) => r.country !== "TH") },
      scope,
      generatedAt,
    });
    expect(bad.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([
      "victims.foreignByCountry.sum",
    ]);
  });
});
