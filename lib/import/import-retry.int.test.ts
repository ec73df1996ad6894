import { afterAll, describe, expect, it, vi } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { csvFile, REQUEST, victimRow } from "@/lib/testing/import-files";
import { importRecords } from "./run-import";
import { freeVictimCodes } from "./victim-codes";

// A code checked as free can be taken by another writer before the import's COPY (or INSERT)
// reaches it. The unique index then refuses the batch; the import must roll back and try again.

vi.mock("./victim-codes", async (importOriginal) => {
  const real = await importOriginal<typeof import("./victim-codes")>();
  return { ...real, freeVictimCodes: vi.fn(real.freeVictimCodes) };
});

const db = testDb();
afterAll(() => db.$disconnect());

// The embedded PGlite's wire server cannot carry COPY, so there only the INSERT path is tested.
const [{ version }] = await db.$queryRaw<[{ version: string }]>`SELECT version() AS version`;
const TRANSPORTS = [
  ...(version.includes("PGlite") ? [] : [["COPY", "copy"] as const]),
  ["INSERT", "insert"] as const,
];

describe("a victim code taken between the check and the write", () => {
  it.each(TRANSPORTS)("makes the import try again, through %s", async (_, transport) => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    expect(
      await importRecords(user, csvFile("victims", [victimRow()]), REQUEST, undefined, {
        transport,
      }),
    ).toMatchObject({
      ok: true,
    });
    const taken = (await db.victim.findFirstOrThrow({ where: { createdById: user.id } })).code;
    const real = vi.mocked(freeVictimCodes).getMockImplementation()!;
    vi.mocked(freeVictimCodes).mockClear();
    // The first attempt is handed a code that is already in use, as a race would leave it.
    vi.mocked(freeVictimCodes).mockImplementationOnce(async (client, count) => [
      ...(await real(client, count - 1)),
      taken,
    ]);
    const result = await importRecords(
      user,
      csvFile("victims", [victimRow(), victimRow(), victimRow()]),
      REQUEST,
      undefined,
      { transport },
    );
    expect(result).toEqual({ ok: true, kind: "victims", count: 3 });
    expect(freeVictimCodes).toHaveBeenCalledTimes(2);
    const victims = await db.victim.findMany({ where: { createdById: user.id } });
    expect(victims).toHaveLength(4);
    expect(new Set(victims.map((v) => v.code)).size).toBe(4);
    // The failed attempt left no audit event behind: one per victim, one per import.
    const events = await db.auditEvent.groupBy({
      by: ["action"],
      where: { actorId: user.id },
      _count: true,
    });
    // Each row's two services referred are two referrals (decision 0035), audited likewise.
    expect(Object.fromEntries(events.map((e) => [e.action, e._count]))).toEqual({
      "victim.created": 4,
      "referral.created": 8,
      "import.completed": 2,
    });
    expect(await db.referral.count({ where: { createdById: user.id } })).toBe(8);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
