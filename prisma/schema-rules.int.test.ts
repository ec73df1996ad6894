import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { buildCase, buildSuspect, buildVictim } from "./factories";

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

  // The court_proceedings migration's CHECKs (decision 0029), each refused by name.
  it.each([
    [
      "a sentence with no conviction",
      "sentence_needs_conviction",
      { courtOutcome: "ACQUITTED", sentenceMonths: 12 },
    ],
    [
      "a fine while pending",
      "sentence_needs_conviction",
      { courtOutcome: "PENDING", fineRiel: 1000 },
    ],
    ["a suspended flag with no verdict", "sentence_needs_conviction", { sentenceSuspended: false }],
    [
      "a sentence over 1200 months",
      "sentence_months_range",
      { courtOutcome: "CONVICTED", sentenceMonths: 1201 },
    ],
    [
      "a negative sentence",
      "sentence_months_range",
      { courtOutcome: "CONVICTED", sentenceMonths: -1 },
    ],
    ["a negative fine", "fine_riel_range", { courtOutcome: "CONVICTED", fineRiel: -1 }],
    [
      "a verdict date while pending",
      "verdict_date_needs_verdict",
      { courtOutcome: "PENDING", verdictAt: new Date("2017-09-01T03:00:00Z") },
    ],
    [
      "a verdict date with no verdict",
      "verdict_date_needs_verdict",
      { verdictAt: new Date("2017-09-01T03:00:00Z") },
    ],
    ["an appeal with no verdict", "appeal_needs_verdict", { appealStatus: "LODGED" as const }],
    [
      "an appeal while pending",
      "appeal_needs_verdict",
      { courtOutcome: "PENDING", appealStatus: "UPHELD" as const },
    ],
    ["a code of no instrument", "charge_articles_codes", { chargeArticles: ["PC-1"] }],
    ["a code in lower case", "charge_articles_codes", { chargeArticles: ["lshtse-15"] }],
    ["article 0", "charge_articles_codes", { chargeArticles: ["CC-0"] }],
    ["two codes in one item", "charge_articles_codes", { chargeArticles: ["CC-1 CC-2"] }],
    [
      "21 codes",
      "charge_articles_codes",
      { chargeArticles: Array.from({ length: 21 }, (_, i) => `CC-${i + 1}`) },
    ],
  ] as const)("refuses %s (%s)", async (_label, rule, overrides) => {
    const name = `Court Rule ${Math.random()}`;
    await expect(
      db.suspect.create({
        data: buildSuspect({ name, ...overrides } as Parameters<typeof buildSuspect>[0]),
      }),
    ).rejects.toThrow(`suspect_${rule}`);
    expect(await db.suspect.count({ where: { name } })).toBe(0);
  });

  it("refuses a null among the article codes", async () => {
    const name = `Court Rule ${Math.random()}`;
    await expect(
      db.$executeRaw`INSERT INTO suspect (id, name, sex, role, charge_articles, updated_at)
        VALUES (gen_random_uuid(), ${name}, 'MALE', 'OTHER', ARRAY['CC-1', NULL]::text[], now())`,
    ).rejects.toThrow("suspect_charge_articles_codes");
    expect(await db.suspect.count({ where: { name } })).toBe(0);
  });

  it("records a conviction with its sentence, a verdict with its appeal, and no verdict date", async () => {
    const s = await db.suspect.create({
      data: buildSuspect({
        chargeArticles: ["LSHTSE-15", "CC-239"],
        courtOutcome: "CONVICTED",
        sentenceMonths: 1200,
        sentenceSuspended: true,
        fineRiel: 0,
        appealStatus: "OVERTURNED",
      }),
    });
    expect(s).toMatchObject({ courtOutcome: "CONVICTED", verdictAt: null, sentenceMonths: 1200 });
  });

  // The case workflow's CHECKs (decision 0036), each refused by name.
  it("refuses a close reason on a case that is not closed", async () => {
    const reference = `RULE-${Math.random().toString(36).slice(2, 10)}`;
    await expect(
      db.case.create({
        data: buildCase({ reference, provinceId: 12, status: "IN_COURT", closeReason: "OTHER" }),
      }),
    ).rejects.toThrow("case_close_reason_only_closed");
    expect(await db.case.count({ where: { reference } })).toBe(0);
    await db.case.create({
      data: buildCase({ reference, provinceId: 12, status: "CLOSED", closeReason: "OTHER" }),
    });
  });

  it.each([
    ["a change from a status to itself", "case_status_change_moves", { fromStatus: "OPEN" }],
    ["a note over 2,000 characters", "case_status_change_note_length", { note: "x".repeat(2001) }],
  ] as const)("refuses %s", async (_label, constraint, overrides) => {
    const kase = await db.case.create({
      data: buildCase({
        reference: `RULE-${Math.random().toString(36).slice(2, 10)}`,
        provinceId: 12,
      }),
    });
    await expect(
      db.caseStatusChange.create({
        data: { caseId: kase.id, toStatus: "OPEN", at: new Date(), ...overrides },
      }),
    ).rejects.toThrow(constraint);
    expect(await db.caseStatusChange.count({ where: { caseId: kase.id } })).toBe(0);
  });
});
