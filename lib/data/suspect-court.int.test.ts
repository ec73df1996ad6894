import { afterAll, describe, expect, it } from "vitest";
import { createSuspectSpec, updateSuspectSpec } from "@/lib/actions/definitions/suspects";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { futureDate, makeCase, suspectForm } from "@/lib/testing/people";
import { runRefused } from "@/lib/testing/refusals";
import { makeUser } from "@/lib/testing/users";
import type { TFieldError } from "@/lib/validation/error-map";
import { buildSuspect } from "@/prisma/factories";

// A suspect's court proceedings through the suspect actions (decision 0029): saved and audited
// with the rest of the suspect; every rule the database also enforces refused as a field error.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.23", userAgent: "vitest" };

/** A conviction in Kandal's court: two articles of the 2008 Law, one of the Criminal Code. */
const convicted = {
  chargedOn: "2017-06-20",
  chargedTime: "10:00",
  courtProvinceId: "8",
  chargeArticles: ["LSHTSE-15", "LSHTSE-10"],
  criminalCodeArticles: "239",
  courtOutcome: "CONVICTED",
  verdictOn: "2018-03-31",
  verdictTime: "23:30",
  sentenceMonths: "84",
  sentenceSuspended: "on",
  fineRiel: "2000000",
  appealStatus: "LODGED",
};

async function arrange() {
  const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
  const kase = await makeCase(db, 12);
  return { staff, kase };
}

describe("court proceedings are saved with the suspect and audited", () => {
  it("on create: every field stored, each in the one audit event", async () => {
    const { staff, kase } = await arrange();
    const result = await runGuarded(createSuspectSpec, staff, request, {
      ...suspectForm(kase.id),
      ...convicted,
    });
    expect(result).toMatchObject({ ok: true });
    const { id } = (result as { data: { id: string } }).data;
    const stored = await db.suspect.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      courtProvinceId: 8,
      chargeArticles: ["LSHTSE-10", "LSHTSE-15", "CC-239"],
      courtOutcome: "CONVICTED",
      sentenceMonths: 84,
      sentenceSuspended: true,
      fineRiel: 2_000_000,
      appealStatus: "LODGED",
    });
    // Phnom Penh time (UTC+7): 23:30 on 31 March is 16:30 UTC the same day.
    expect(stored.chargedAt?.toISOString()).toBe("2017-06-20T03:00:00.000Z");
    expect(stored.verdictAt?.toISOString()).toBe("2018-03-31T16:30:00.000Z");
    const events = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.changes).toMatchObject({
      fields: {
        chargedAt: { before: null, after: "2017-06-20T03:00:00.000Z" },
        courtProvinceId: { before: null, after: 8 },
        chargeArticles: { before: null, after: ["LSHTSE-10", "LSHTSE-15", "CC-239"] },
        verdictAt: { before: null, after: "2018-03-31T16:30:00.000Z" },
        sentenceMonths: { before: null, after: 84 },
        sentenceSuspended: { before: null, after: true },
        fineRiel: { before: null, after: 2_000_000 },
        appealStatus: { before: null, after: "LODGED" },
      },
    });
  });

  it("on update: only the court fields that changed are audited", async () => {
    const { staff, kase } = await arrange();
    const { id } = await db.suspect.create({
      data: buildSuspect({ caseId: kase.id, courtOutcome: "PENDING", chargeArticles: ["CC-239"] }),
    });
    const form = {
      ...suspectForm(kase.id),
      ...{ name: "Demo Suspect", sex: "MALE", dateOfBirth: "", ageYears: "40", role: "RECRUITER" },
      ...{ nationality: "KH", arrestedOn: "", arrestedTime: "", arrestingUnit: "", charges: "" },
      ...{ criminalCodeArticles: "239", courtOutcome: "ACQUITTED", verdictOn: "2017-11-02" },
      ...{ id, version: "1" },
    };
    expect(await runGuarded(updateSuspectSpec, staff, request, form)).toMatchObject({ ok: true });
    const events = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(events.map((e) => e.changes)).toEqual([
      {
        fields: {
          courtOutcome: { before: "PENDING", after: "ACQUITTED" },
          verdictAt: { before: null, after: "2017-11-01T17:00:00.000Z" },
          version: { before: 1, after: 2 },
        },
      },
    ]);
  });

  it("keeps a conviction with no verdict date, and a verdict dated before the arrest", async () => {
    const { staff, kase } = await arrange();
    const result = await runGuarded(createSuspectSpec, staff, request, {
      ...suspectForm(kase.id),
      ...{ courtOutcome: "CONVICTED", verdictOn: "2016-01-05", sentenceMonths: "0" },
    });
    expect(result).toMatchObject({ ok: true });
    const noDate = await runGuarded(createSuspectSpec, staff, request, {
      ...suspectForm(kase.id),
      courtOutcome: "CONVICTED",
    });
    expect(noDate).toMatchObject({ ok: true });
  });
});

const twentyOne = Array.from({ length: 21 }, (_, i) => `CC-${i + 1}`);
const RULES: [string, Record<string, string | string[]>, string, TFieldError][] = [
  ["a charge in the future", { chargedOn: futureDate() }, "chargedOn", "dateInFuture"],
  [
    "a verdict in the future",
    { courtOutcome: "CONVICTED", verdictOn: futureDate() },
    "verdictOn",
    "dateInFuture",
  ],
  ["a charge date that is no date", { chargedOn: "2017-02-30" }, "chargedOn", "date"],
  [
    "a verdict date while the trial is pending",
    { courtOutcome: "PENDING", verdictOn: "2017-09-01" },
    "verdictOn",
    "verdictDateNeedsVerdict",
  ],
  [
    "a verdict date with no verdict",
    { courtOutcome: "", verdictOn: "2017-09-01" },
    "verdictOn",
    "verdictDateNeedsVerdict",
  ],
  [
    "an appeal with no verdict yet",
    { courtOutcome: "PENDING", appealStatus: "LODGED" },
    "appealStatus",
    "appealNeedsVerdict",
  ],
  [
    "a sentence after an acquittal",
    { courtOutcome: "ACQUITTED", sentenceMonths: "24" },
    "sentenceMonths",
    "sentenceNeedsConviction",
  ],
  [
    "a fine while the trial is pending",
    { courtOutcome: "PENDING", fineRiel: "100000" },
    "fineRiel",
    "sentenceNeedsConviction",
  ],
  [
    "a suspended sentence after a dismissal",
    { courtOutcome: "DISMISSED", sentenceSuspended: "on" },
    "sentenceSuspended",
    "sentenceNeedsConviction",
  ],
  [
    "a sentence over 100 years",
    { courtOutcome: "CONVICTED", sentenceMonths: "1201" },
    "sentenceMonths",
    { key: "numberTooLarge", values: { maximum: 1200 } },
  ],
  [
    "a negative fine",
    { courtOutcome: "CONVICTED", fineRiel: "-1" },
    "fineRiel",
    { key: "numberTooSmall", values: { minimum: 0 } },
  ],
  [
    "a fine in part riel",
    { courtOutcome: "CONVICTED", fineRiel: "10.5" },
    "fineRiel",
    "wholeNumber",
  ],
  [
    "a fine beyond the column",
    { courtOutcome: "CONVICTED", fineRiel: "2147483648" },
    "fineRiel",
    { key: "numberTooLarge", values: { maximum: 2_147_483_647 } },
  ],
  [
    "an article the 2008 Law lacks",
    { chargeArticles: ["LSHTSE-53"] },
    "chargeArticles",
    "chargeArticle",
  ],
  [
    "a Criminal Code article past 672",
    { chargeArticles: "CC-673" },
    "chargeArticles",
    "chargeArticle",
  ],
  ["a code of no instrument", { chargeArticles: ["PC-12"] }, "chargeArticles", "chargeArticle"],
  [
    "a Criminal Code number 0",
    { criminalCodeArticles: "239, 0" },
    "criminalCodeArticles",
    "criminalCodeArticle",
  ],
  [
    "21 articles",
    { chargeArticles: twentyOne },
    "chargeArticles",
    { key: "tooMany", values: { maximum: 20 } },
  ],
  ["a court that is no province", { courtProvinceId: "26" }, "courtProvinceId", "province"],
  ["an appeal status not in the list", { appealStatus: "MAYBE" }, "appealStatus", "choose"],
];

describe("bad court input is refused with its field error, writing nothing", () => {
  it.each(RULES)("%s, on create and on update", async (_rule, bad, field, error) => {
    const { staff, kase } = await arrange();
    const suspect = await db.suspect.create({ data: buildSuspect({ caseId: kase.id }) });
    const invalid = { ok: false, code: "invalid", fieldErrors: { [field]: [error] } };
    const form = { ...suspectForm(kase.id), ...bad };
    expect(await runRefused(db, createSuspectSpec, staff, [kase.id], form)).toMatchObject(invalid);
    const edit = { ...form, id: suspect.id, version: "1" };
    expect(await runRefused(db, updateSuspectSpec, staff, [kase.id], edit)).toMatchObject(invalid);
  });
});
