import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/db";
import { csvFile, khmerXlsxFile, REQUEST } from "@/lib/testing/import-files";
import { makeCase } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { importRecords } from "./run-import";

// Court proceedings in an import file of suspects: the same schema as the suspect form, so a good
// row is stored as the form would store it, and a row the form would refuse refuses the file.

const db = testDb();
afterAll(() => db.$disconnect());

async function arrange() {
  const user = await makeUser(db, "STAFF", { provinceIds: [12] });
  const target = await db.case.findUniqueOrThrow({ where: { id: (await makeCase(db, 12)).id } });
  const row = (court: Record<string, string>) => ({
    "Case reference": target.reference,
    Name: "Sok Dara",
    Sex: "MALE",
    Role: "BROKER",
    ...court,
  });
  return { user, target, row };
}

const conviction = {
  "Charge date": "2017-06-20",
  "Court (province)": "Kandal",
  "Articles charged": "LSHTSE-15; cc-239",
  "Court outcome": "Convicted",
  "Verdict date": "2018-03-31",
  "Verdict time": "23:30",
  "Sentence (months)": "84",
  "Sentence suspended": "No",
  "Fine (riel)": "2000000",
  Appeal: "LODGED",
};

describe("importing suspects' court proceedings", () => {
  it("stores a good row's court facts, from English or Khmer headers, with its audit event", async () => {
    const { user, target, row } = await arrange();
    const csv = await importRecords(user, csvFile("suspects", [row(conviction)]), REQUEST);
    expect(csv).toEqual({ ok: true, kind: "suspects", count: 1 });
    const xlsx = await importRecords(
      user,
      await khmerXlsxFile("suspects", [row(conviction)]),
      REQUEST,
    );
    expect(xlsx).toEqual({ ok: true, kind: "suspects", count: 1 });
    const suspects = await db.suspect.findMany({ where: { createdById: user.id } });
    expect(suspects).toHaveLength(2);
    for (const s of suspects) {
      expect(s).toMatchObject({
        caseId: target.id,
        courtProvinceId: 8,
        chargeArticles: ["LSHTSE-15", "CC-239"],
        courtOutcome: "CONVICTED",
        sentenceMonths: 84,
        sentenceSuspended: false,
        fineRiel: 2_000_000,
        appealStatus: "LODGED",
      });
      expect(s.verdictAt?.toISOString()).toBe("2018-03-31T16:30:00.000Z");
    }
    const events = await db.auditEvent.findMany({
      where: { actorId: user.id, action: "suspect.created" },
    });
    expect(events).toHaveLength(2);
    expect(events[0]!.changes).toMatchObject({
      fields: { sentenceMonths: { before: null, after: 84 }, appealStatus: { after: "LODGED" } },
    });
  });

  it("refuses the whole file for one bad row, naming its cell, and writes no suspect", async () => {
    const { user, row } = await arrange();
    const acquitted = { ...conviction, "Court outcome": "ACQUITTED" };
    const file = csvFile("suspects", [row(conviction), row(acquitted)]);
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({ ok: false });
    const issues = (result as { issues: { row: number; column: string; message: string }[] })
      .issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: "Sentence (months)" }),
        expect.objectContaining({ row: 3, column: "Fine (riel)" }),
      ]),
    );
    const bad = csvFile("suspects", [row({ "Articles charged": "LSHTSE-99" })]);
    const refused = await importRecords(user, bad, REQUEST);
    expect(refused).toMatchObject({
      issues: [{ row: 2, column: "Articles charged", message: "chargeArticle" }],
    });
    expect(await db.suspect.count({ where: { createdById: user.id } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { actorId: user.id, action: "suspect.created" } }),
    ).toBe(0);
  });
});
