import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { buildSuspect, buildVictim } from "./factories";

const db = testDb();
afterAll(() => db.$disconnect());

// The database holds these rules itself, so no code path (an import, a script, a future bug in a
// form) can store a record the reports would misread.
describe("rules the database enforces", () => {
  it("seeds the 25 provinces", async () => {
    expect(await db.province.count()).toBe(25);
  });

  it.each([
    [
      "a victim rescued abroad with a province as the place",
      { rescuedAbroad: true, rescueProvinceId: 12 },
    ],
    [
      "a victim rescued in Cambodia with a foreign country",
      { rescuedAbroad: false, rescueCountry: "TH" },
    ],
    ["Cambodia as the country of a rescue abroad", { rescuedAbroad: true, rescueCountry: "KH" }],
    ["an age over 120", { ageAtRescue: 121 }],
    ["a negative age", { ageAtRescue: -1 }],
    ["a nationality that is not an ISO alpha-2 code", { nationality: "kh" }],
  ])("refuses %s", async (_label, overrides) => {
    const code = `V-RULE${Math.random().toString(36).slice(2, 8)}`;
    await expect(db.victim.create({ data: buildVictim({ code, ...overrides }) })).rejects.toThrow();
    expect(await db.victim.count({ where: { code } })).toBe(0);
  });

  it("refuses a suspect marked not foreign with a foreign nationality", async () => {
    const name = `Rule Suspect ${Math.random()}`;
    await expect(
      db.suspect.create({ data: buildSuspect({ name, nationality: "VN", isForeign: false }) }),
    ).rejects.toThrow();
    expect(await db.suspect.count({ where: { name } })).toBe(0);
  });

  it("records a suspect known to be foreign whose nationality is not known", async () => {
    const s = await db.suspect.create({
      data: buildSuspect({ nationality: null, isForeign: true }),
    });
    expect(s).toMatchObject({ nationality: null, isForeign: true, version: 1, deletedAt: null });
  });
});
