import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import type { ActingUser } from "@/lib/auth/acting-user";
import { testDb } from "@/lib/testing/db";
import { makeCase } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import {
  csvFile,
  khmerXlsxFile,
  REQUEST,
  sheetXml,
  victimRow,
  zipArchive,
} from "@/lib/testing/import-files";
import { importRecords } from "./run-import";

const db = testDb();
afterAll(() => db.$disconnect());

/** Everything an import by `user` could have written, besides the record of a refusal. */
async function written(user: ActingUser) {
  const [victims, suspects, cases, audit] = await Promise.all([
    db.victim.count({ where: { createdById: user.id } }),
    db.suspect.count({ where: { createdById: user.id } }),
    db.case.count({ where: { createdById: user.id } }),
    db.auditEvent.count({ where: { actorId: user.id, action: { not: "import.refused" } } }),
  ]);
  return { victims, suspects, cases, audit };
}
const NOTHING = { victims: 0, suspects: 0, cases: 0, audit: 0 };

/** The one import.refused event of `user`: counts and the file's hash, no content, no name. */
async function refusal(user: ActingUser, file: { name: string; bytes: Uint8Array }) {
  const events = await db.auditEvent.findMany({
    where: { actorId: user.id, action: "import.refused" },
  });
  expect(events).toHaveLength(1);
  const changes = events[0]!.changes as Record<string, unknown>;
  expect(changes.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(changes.bytes).toBe(file.bytes.length);
  expect(JSON.stringify(changes)).not.toContain(file.name);
  return { ...events[0]!, changes };
}

describe("importRecords: victims", () => {
  it("imports every row of a good CSV, with an audit event per record and a verified chain", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const file = csvFile("victims", [victimRow(), victimRow({ Sex: "MALE" }), victimRow()]);
    const result = await importRecords(user, file, REQUEST);
    expect(result).toEqual({ ok: true, kind: "victims", count: 3 });

    const victims = await db.victim.findMany({ where: { createdById: user.id } });
    expect(victims).toHaveLength(3);
    expect(victims[0]).toMatchObject({
      rescueProvinceId: 12,
      homeProvinceId: 8,
      exploitationType: "LABOUR",
    });
    // "Services referred to" became referrals to the default provider (MoSVY), dated the rescue.
    const referrals = await db.referral.findMany({
      where: { victimId: { in: victims.map((v) => v.id) } },
      include: { events: true },
    });
    expect(referrals).toHaveLength(6);
    for (const v of victims) {
      const own = referrals.filter((r) => r.victimId === v.id);
      expect(own.map((r) => r.service).sort()).toEqual(["MEDICAL", "SHELTER"]);
      for (const r of own) {
        expect(r).toMatchObject({ providerId: 3, status: "REFERRED", createdById: user.id });
        expect(r.referredAt).toEqual(v.rescuedAt);
        expect(r.events.map((e) => [e.status, e.actorId])).toEqual([["REFERRED", user.id]]);
      }
    }
    const events = await db.auditEvent.findMany({
      where: { actorId: user.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      ...Array(3).fill("victim.created"),
      ...Array(6).fill("referral.created"),
      "import.completed",
    ]);
    expect(new Set(events.slice(3, 9).map((e) => e.entityId))).toEqual(
      new Set(referrals.map((r) => r.id)),
    );
    expect(events.slice(3, 9).every((e) => e.provinceId === 12)).toBe(true);
    expect(new Set(events.slice(0, 3).map((e) => e.entityId))).toEqual(
      new Set(victims.map((v) => v.id)),
    );
    // The same field-level snapshot a single createVictim records.
    const first = victims.find((v) => v.id === events[0]!.entityId)!;
    expect(events[0]!.changes).toMatchObject({
      fields: {
        code: { before: null, after: first.code },
        sex: { before: null, after: first.sex },
        rescueProvinceId: { before: null, after: 12 },
        version: { before: null, after: 1 },
      },
    });
    expect(events[9]!.changes).toMatchObject({
      kind: "victims",
      rows: 3,
      bytes: file.bytes.length,
    });
    expect((events[9]!.changes as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
    // The file's name may name a person: the trail identifies the file by hash and size only.
    expect(JSON.stringify(events[9]!.changes)).not.toContain("import.csv");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it("imports nothing when one row is bad, and reports that row and column", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const rows = [victimRow(), victimRow({ Sex: "Woman?" }), victimRow()];
    const file = csvFile("victims", rows, "Sok Dara interview.csv");
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({
      ok: false,
      messageKey: "invalidRows",
      issues: [{ row: 3, column: "Sex", message: "choose" }],
    });
    expect(await written(user)).toEqual(NOTHING);
    // The refusal itself is audited, outside the rolled-back transaction, in counts only.
    const refused = await refusal(user, file);
    expect(refused.changes).toEqual({
      kind: "victims",
      reason: "invalidRows",
      rows: 3,
      issues: 1,
      sha256: expect.any(String),
      bytes: file.bytes.length,
    });
    expect(JSON.stringify(refused.changes)).not.toContain(rows[0]!.Name!);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("refuses a formula-injection cell with its row and column, writing nothing", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const file = csvFile("victims", [
      victimRow(),
      victimRow(),
      victimRow({ Name: '=HYPERLINK("x")' }),
    ]);
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({
      ok: false,
      messageKey: "unsafeCells",
      issues: [{ row: 4, column: "Name", message: "import.issues.formula" }],
    });
    expect(await written(user)).toEqual(NOTHING);
    expect((await refusal(user, file)).changes).toMatchObject({ reason: "unsafeCells", issues: 1 });
  });

  it("refuses an unknown column by name, writing nothing", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const file = csvFile("victims", [victimRow({ Colour: "red" })]);
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({
      ok: false,
      messageKey: "unknownColumn",
      params: { column: "Colour" },
    });
    expect(await written(user)).toEqual(NOTHING);
    // The header a person typed is not stored: only the reason and the counts.
    const refused = await refusal(user, file);
    expect(refused.changes).toMatchObject({ reason: "unknownColumn", rows: 1, issues: 0 });
    expect(JSON.stringify(refused.changes)).not.toContain("Colour");
  });

  it("refuses rows rescued outside the user's provinces, writing nothing", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const file = csvFile("victims", [victimRow(), victimRow({ "Province of rescue": "Kandal" })]);
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({
      messageKey: "invalidRows",
      issues: [{ row: 3, column: "Province of rescue", message: "import.issues.outOfScope" }],
    });
    expect(await written(user)).toEqual(NOTHING);
    expect((await refusal(user, file)).changes).toMatchObject({ reason: "invalidRows" });
  });

  it("refuses an XLSX that unzips to far more than it says, before reading it, writing nothing", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const bytes = zipArchive([
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(3) },
      { name: "xl/media/image1.png", data: Buffer.alloc(64 * 1024 * 1024), size: 1024 },
    ]);
    const file = { kind: "victims" as const, name: "bomb.xlsx", bytes };
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({ ok: false, messageKey: "unreadable" });
    expect(await written(user)).toEqual(NOTHING);
    expect((await refusal(user, file)).changes).toMatchObject({ reason: "unreadable", rows: null });
  });

  it.each(["MANAGER", "AUDITOR", "ADMIN"] as const)(
    "refuses a %s, writing nothing",
    async (role) => {
      const user = await makeUser(db, role);
      await expect(
        importRecords(user, csvFile("victims", [victimRow()]), REQUEST),
      ).rejects.toMatchObject({
        code: "forbidden",
      });
      expect(await written(user)).toEqual(NOTHING);
      // Not an import that was refused: the user may not import at all.
      expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
    },
  );
});

describe("importRecords: suspects and cases", () => {
  it("imports a Khmer-header XLSX of suspects into an existing case", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const target = await db.case.findUniqueOrThrow({ where: { id: (await makeCase(db, 12)).id } });
    const row = {
      "Case reference": target.reference,
      Name: "សុខ ដារ៉ា",
      Sex: "ប្រុស",
      Role: "Broker",
      Nationality: "th",
    };
    const result = await importRecords(user, await khmerXlsxFile("suspects", [row, row]), REQUEST);
    expect(result).toEqual({ ok: true, kind: "suspects", count: 2 });
    const suspects = await db.suspect.findMany({ where: { createdById: user.id } });
    expect(suspects.map((s) => [s.caseId, s.sex, s.role, s.nationality, s.isForeign])).toEqual([
      [target.id, "MALE", "BROKER", "TH", true],
      [target.id, "MALE", "BROKER", "TH", true],
    ]);
  });

  it("refuses a suspect whose case is out of scope as not found", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const other = await db.case.findUniqueOrThrow({ where: { id: (await makeCase(db, 8)).id } });
    const row = { "Case reference": other.reference, Name: "A", Sex: "MALE", Role: "OTHER" };
    const file = csvFile("suspects", [row]);
    const result = await importRecords(user, file, REQUEST);
    expect(result).toMatchObject({
      issues: [{ row: 2, column: "Case reference", message: "import.issues.caseNotFound" }],
    });
    expect(await written(user)).toEqual(NOTHING);
    expect((await refusal(user, file)).changes).toMatchObject({ kind: "suspects", issues: 1 });
  });
});
