import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { testDb, uniquePastYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";
import { CTDC_COLUMNS } from "./codes";
import { exportCtdc } from "./export-ctdc";

// The CTDC export by real users on a real database, through exportCtdc, which checks
// `export:report` itself and writes the audit event. The route adds only the option parsing
// (ctdc-export.test.ts) and the HTTP answer, which the e2e report spec downloads.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "198.51.100.30", userAgent: "vitest" };
const at = (year: number) => new Date(`${year}-06-15T10:00:00+07:00`);

/** A year of its own: 12 alike girls in Phnom Penh (12), 11 alike men in Battambang (2), one
 * woman of 30 in Phnom Penh, and a deleted victim that must never count. */
async function seedYear() {
  const year = await uniquePastYear();
  const victim = (v: Parameters<typeof buildVictim>[0]) =>
    db.victim.create({ data: buildVictim({ rescuedAt: at(year), ...v }) });
  for (let i = 0; i < 12; i++) await victim({ rescueProvinceId: 12, ageAtRescue: 16 });
  for (let i = 0; i < 11; i++) {
    await victim({ rescueProvinceId: 2, ageAtRescue: 35, sex: "MALE", exploitationType: "LABOUR" });
  }
  await victim({ rescueProvinceId: 12, ageAtRescue: 30 });
  await victim({ rescueProvinceId: 12, ageAtRescue: 16, deletedAt: new Date() });
  return year;
}

const exported = (actorId: string) =>
  db.auditEvent.findMany({
    where: { action: "report.exported", actorId },
    select: { entityType: true, entityId: true, changes: true },
  });

const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).trimEnd().split("\r\n");
const csv = (...values: string[]) => values.map((v) => `"${v}"`).join(",");

describe("the CTDC export", () => {
  it("is refused to staff, and nothing is audited", async () => {
    const year = await seedYear();
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    await expect(exportCtdc(staff, { year, k: 11 }, request)).rejects.toThrow(AppError);
    expect(await exported(staff.id)).toEqual([]);
  });

  it("gives a manager the year's k-anonymised file, audited with its counts and SHA-256", async () => {
    const year = await seedYear();
    const manager = await makeUser(db, "MANAGER");
    const file = await exportCtdc(manager, { year, k: 11 }, request);
    // Age bands hold 12 and 11 at level 0, so nothing is generalised; the woman of 30 is alone.
    expect(file.counts).toEqual({ in: 24, generalised: 0, suppressed: 1, out: 23 });
    expect(file.levels).toEqual({
      ageBroad: "ageBroad",
      citizenship: "country",
      CountryOfExploitation: "country",
    });
    const [header, ...rows] = lines(file.bytes);
    expect(header).toBe(csv(...CTDC_COLUMNS));
    const girl = csv(String(year), "Female", "9--17", "Minor", "KHM", "KHM", "0", "1", "0", "0");
    const man = csv(String(year), "Male", "30--38", "Adult", "KHM", "KHM", "1", "0", "0", "0");
    expect(rows).toEqual([...Array(12).fill(girl), ...Array(11).fill(man)].sort());
    expect(file.fileName).toBe(`ctdc-victims-${year}-k11.csv`);
    expect(file.sha256).toBe(createHash("sha256").update(file.bytes).digest("hex"));

    expect(await exported(manager.id)).toEqual([
      {
        entityType: "report",
        entityId: String(year),
        changes: {
          year,
          format: "ctdc-csv",
          k: 11,
          scope: { national: true, provinces: [] },
          recordsIn: 24,
          generalised: 0,
          suppressed: 1,
          recordsOut: 23,
          levels: file.levels,
          bytes: file.bytes.byteLength,
          sha256: file.sha256,
        },
      },
    ]);
  });

  it("reads only the user's provinces", async () => {
    const year = await seedYear();
    const manager = await makeUser(db, "MANAGER", { nationalScope: false, provinceIds: [12] });
    // 12 girls and the woman of 30, whom no level merges with them (majorityStatus still differs).
    const file = await exportCtdc(manager, { year, k: 13 }, request);
    expect(file.counts).toEqual({ in: 13, generalised: 0, suppressed: 13, out: 0 });
    const wider = await exportCtdc(manager, { year, k: 12 }, request);
    expect(wider.counts).toEqual({ in: 13, generalised: 0, suppressed: 1, out: 12 });
    expect(
      lines(wider.bytes)
        .slice(1)
        .every((l) => l.includes('"Female","9--17"')),
    ).toBe(true);
    const events = await exported(manager.id);
    expect(events.map((e) => (e.changes as { scope: unknown }).scope)).toEqual([
      { national: false, provinces: ["KH-12"] },
      { national: false, provinces: ["KH-12"] },
    ]);
  });

  it("generalises a column, for every row, when that saves records", async () => {
    const year = await uniquePastYear();
    for (const country of ["TH", "MY"]) {
      for (let i = 0; i < 6; i++) {
        await db.victim.create({
          data: buildVictim({
            rescuedAt: at(year),
            rescuedAbroad: true,
            rescueCountry: country,
            rescuingAgency: "FOREIGN_AFFAIRS",
          }),
        });
      }
    }
    const manager = await makeUser(db, "MANAGER");
    // 6 and 6 at level 0; both in South-eastern Asia, the first level that keeps all 12.
    const file = await exportCtdc(manager, { year, k: 11 }, request);
    expect(file.counts).toEqual({ in: 12, generalised: 12, suppressed: 0, out: 12 });
    expect(file.levels).toMatchObject({ ageBroad: "ageBroad", CountryOfExploitation: "subRegion" });
    expect(lines(file.bytes).slice(1)).toEqual(
      Array(12).fill(
        csv(
          String(year),
          "Female",
          "9--17",
          "Minor",
          "KHM",
          "South-eastern Asia",
          "0",
          "1",
          "0",
          "0",
        ),
      ),
    );
  });

  it("writes no name, date of birth, code or id, whatever the victims are called", async () => {
    const year = await uniquePastYear();
    // 19 at the rescue: born on 3 February, 19 years before the rescue year.
    const born = `${String(year - 19).padStart(4, "0")}-02-03`;
    const victims = [];
    for (let i = 0; i < 11; i++) {
      victims.push(
        await db.victim.create({
          data: buildVictim({
            rescuedAt: at(year),
            rescueProvinceId: 12,
            name: `Sok Dara ${i}`,
            dateOfBirth: new Date(born),
            ageAtRescue: null,
          }),
        }),
      );
    }
    const auditor = await makeUser(db, "AUDITOR");
    const file = await exportCtdc(auditor, { year, k: 11 }, request);
    const text = new TextDecoder().decode(file.bytes);
    expect(file.counts.out).toBe(11);
    expect(text).toContain('"18--20","Adult"');
    for (const v of victims) {
      for (const secret of [v.name, v.code, v.id, born]) expect(text).not.toContain(secret);
    }
  });
});
