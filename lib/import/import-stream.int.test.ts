import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import type { ActingUser } from "@/lib/auth/acting-user";
import { testDb } from "@/lib/testing/db";
import { makeCase } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { csvFile, REQUEST, victimRow } from "@/lib/testing/import-files";
import { importRecords } from "./run-import";

// Victims are streamed: COPY on PostgreSQL, chunked INSERTs on the embedded PGlite (forced here
// on PostgreSQL with the transport option). Both must store the same rows and audit events, and a
// bad row must leave nothing behind, however many rows were already sent.

const db = testDb();
afterAll(() => db.$disconnect());

// The embedded PGlite's wire server cannot carry COPY at all, so there only the INSERT path is
// tested; on PostgreSQL both are, and compared.
const [{ version }] = await db.$queryRaw<[{ version: string }]>`SELECT version() AS version`;
const COPY_WORKS = !version.includes("PGlite");
const TRANSPORTS = [
  ...(COPY_WORKS ? [["COPY", "copy"] as const] : []),
  ["INSERT (the embedded database's path)", "insert"] as const,
];

/**
 * Rows whose values test the encoding: quotes, backslashes (before t, and COPY's null marker \N),
 * Khmer, a zero-width space, nulls. A name can no longer hold a real tab or line break (refused as
 * control characters since issue 9), so those reach COPY only escaped, as copy-rows.test.ts checks.
 */
async function awkwardRows() {
  const linked = await db.case.findUniqueOrThrow({ where: { id: (await makeCase(db, 12)).id } });
  return [
    victimRow({ Name: 'Sok "Dara"\\tback\\slash' }),
    victimRow({ Name: "ចាន់ ធីតា\u200B  \\N line two", "Case reference": linked.reference }),
    victimRow({
      Name: "Abroad, with country",
      // Rescued abroad: the victim belongs to their case's province, which the user may write in.
      "Case reference": linked.reference,
      "Date of birth": "",
      "Age at rescue": "17",
      Nationality: "",
      "Home province": "",
      "Place of rescue": "ABROAD",
      "Province of rescue": "",
      "Country of rescue": "th",
      "Services referred to": "",
    }),
  ];
}

/** The user's victims in file order (the order of their audit events), and those events. */
async function importedBy(user: ActingUser) {
  const found = await db.victim.findMany({ where: { createdById: user.id } });
  const events = await db.auditEvent.findMany({
    where: { actorId: user.id },
    orderBy: { id: "asc" },
  });
  const byId = new Map(found.map((v) => [v.id, v]));
  const victims = events.flatMap((e) => byId.get(e.entityId ?? "") ?? []);
  expect(victims).toHaveLength(found.length);
  return { victims, events };
}

/** A victim or its event without what differs between two imports of one file. */
function comparable(value: unknown, user: ActingUser): unknown {
  const ids = new Set(["id", "code", "createdAt", "updatedAt", "occurredAt", "prevHash", "hash"]);
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (ids.has(key)) return "…";
      if (["entityId", "createdById", "updatedById", "victimId"].includes(key)) return "…";
      if (v === user.id || v === user.email) return "the user";
      return typeof v === "bigint" ? "…" : v;
    }),
  );
}

describe("streamed victim import", () => {
  it("stores the same victims and audit events through each transport", async () => {
    const rows = await awkwardRows();
    const results = [];
    for (const [, transport] of TRANSPORTS) {
      const user = await makeUser(db, "STAFF", { provinceIds: [12] });
      const file = csvFile("victims", rows);
      expect(await importRecords(user, file, REQUEST, undefined, { transport })).toEqual({
        ok: true,
        kind: "victims",
        count: 3,
      });
      const written = await importedBy(user);
      expect(written.victims.map((v) => v.name)).toEqual([
        'Sok "Dara"\\tback\\slash',
        "ចាន់ ធីតា\u200B  \\N line two",
        "Abroad, with country",
      ]);
      // The trigger filled the matching key (zero-width space removed, lower case, spaces collapsed).
      expect(written.victims[1]!.nameKey).toBe("ចាន់ ធីតា \\n line two");
      expect(written.victims[2]).toMatchObject({
        rescuedAbroad: true,
        rescueCountry: "TH",
        rescueProvinceId: null,
        ageAtRescue: 17,
        nationality: null,
      });
      written.events.slice(0, 3).forEach((event, i) => {
        const victim = written.victims[i]!;
        expect(event.changes).toMatchObject({
          fields: { id: { after: victim.id }, code: { after: victim.code } },
        });
      });
      results.push(comparable(written, user));
    }
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it.each(TRANSPORTS)(
    "imports nothing through %s when the last of 5,000 rows is bad, and lists every bad row",
    async (_, transport) => {
      const user = await makeUser(db, "STAFF", { provinceIds: [12] });
      const rows = Array.from({ length: 5_000 }, (_, i) =>
        victimRow({ Name: `Streamed ${i} ${"x".repeat(150)}` }),
      );
      rows[4_998] = victimRow({ Sex: "?" });
      rows[4_999] = victimRow({ "Rescue date": "2017-02-30" });
      const result = await importRecords(user, csvFile("victims", rows), REQUEST, undefined, {
        transport,
      });
      expect(result).toMatchObject({
        ok: false,
        messageKey: "invalidRows",
        issues: [
          { row: 5_000, column: "Sex", message: "choose" },
          { row: 5_001, column: "Rescue date", message: "date" },
        ],
      });
      expect(await db.victim.count({ where: { createdById: user.id } })).toBe(0);
      const events = await db.auditEvent.findMany({ where: { actorId: user.id } });
      expect(events.map((e) => e.action)).toEqual(["import.refused"]);
      // The connection is usable again: the next import by the same user goes through.
      const next = await importRecords(
        user,
        csvFile("victims", [victimRow()]),
        REQUEST,
        undefined,
        {
          transport,
        },
      );
      expect(next).toMatchObject({ ok: true, count: 1 });
    },
    60_000,
  );
});
