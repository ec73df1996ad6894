import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { AUDIT_CHAIN_LOCK } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { csvFile, REQUEST, victimRow } from "@/lib/testing/import-files";
import { importRecords, type ImportFile } from "./run-import";

// Issue 9's import points: refusals that must be written even under load, and cells whose
// meaning the import used to change silently.

const db = testDb();
afterAll(() => db.$disconnect());

const victimsOf = (user: ActingUser) => db.victim.count({ where: { createdById: user.id } });
const refusalsOf = (user: ActingUser) =>
  db.auditEvent.findMany({ where: { actorId: user.id, action: "import.refused" } });

describe("import refusals under load", () => {
  it("writes one import.refused row for each of five parallel refusals while the chain is busy", async () => {
    const users = await Promise.all(
      Array.from({ length: 5 }, () => makeUser(db, "STAFF", { provinceIds: [12] })),
    );
    // A long import holds the audit chain's lock until it commits; here another session holds it
    // for longer than Prisma's default interactive-transaction timeout (5 s).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
        locked();
        await held;
      },
      { timeout: 60_000 },
    );
    await isLocked;
    const file = (i: number): ImportFile => ({
      kind: "victims",
      name: "broken.xlsx",
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, i, 0, 0, 0]),
    });
    const imports = Promise.allSettled(users.map((u, i) => importRecords(u, file(i), REQUEST)));
    setTimeout(release, 6_500);
    const results = await imports;
    await holder;
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : String(r.reason)))).toEqual(
      Array(5).fill(expect.objectContaining({ ok: false, messageKey: "unreadable" })),
    );
    for (const user of users) {
      const rows = await refusalsOf(user);
      expect(rows.map((r) => (r.changes as { reason: string }).reason)).toEqual(["unreadable"]);
    }
  }, 30_000);
});

describe("cells whose meaning an import must not change", () => {
  it("refuses FOREIGN as a victim's nationality by name, writing nothing", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const file = csvFile("victims", [victimRow(), victimRow({ Nationality: "foreign" })]);
    expect(await importRecords(user, file, REQUEST)).toMatchObject({
      ok: false,
      messageKey: "invalidRows",
      issues: [{ row: 3, column: "Nationality", message: "import.issues.foreignNotForVictims" }],
    });
    expect(await victimsOf(user)).toBe(0);
  });

  it("refuses an XLSX rescue date holding a time, rather than dropping the time", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const row = victimRow();
    const headers = Object.keys(row);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(headers);
    sheet.addRow(
      headers.map((h) => (h === "Rescue date" ? new Date(Date.UTC(2017, 5, 15, 14, 30)) : row[h])),
    );
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importRecords(user, { kind: "victims", name: "v.xlsx", bytes }, REQUEST);
    expect(result).toMatchObject({
      ok: false,
      messageKey: "invalidRows",
      issues: [{ row: 2, column: "Rescue date", message: "import.issues.dateWithTime" }],
    });
    expect(await victimsOf(user)).toBe(0);
    expect((await refusalsOf(user)).length).toBe(1);
  });
});
