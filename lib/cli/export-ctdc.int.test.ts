import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { CTDC_COLUMNS } from "@/lib/reports/ctdc/codes";
import { scratchDatabase, type ScratchDatabase } from "@/lib/testing/scratch-database";
import { seed } from "@/prisma/seed";

// Issue 13: "A CTDC file of the demo data passes a k-anonymity check". The demo records are seeded
// into a database of this file's own, so the year holds them and nothing another test made, and
// the file is made the way a user makes it: `npm run export:ctdc`.

const run = promisify(execFile);
type Outcome = { code: number; stdout: string; stderr: string };
const exportCtdc = (args: string[], env: Record<string, string>) =>
  run("npm", ["run", "--silent", "export:ctdc", "--", ...args], { env: { ...process.env, ...env } })
    .then((r): Outcome => ({ code: 0, ...r }))
    .catch((e: Outcome) => e);

let scratch: ScratchDatabase;
let db: Db;
let dir: string;
beforeAll(async () => {
  scratch = await scratchDatabase("ctdc_demo");
  db = createPrismaClient(scratch.url, 2);
  await seed(db);
  dir = await mkdtemp(path.join(tmpdir(), "ctdc-"));
}, 300_000);
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The quoted CSV the export writes: every field quoted, none holding a quote or a comma. */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(",").map((cell) => /^"(.*)"$/.exec(cell)![1]!));
}

describe("npm run export:ctdc on the demo data", () => {
  it("writes a 2017 file in which every combination of columns appears at least 11 times", async () => {
    const out = path.join(dir, "victims-2017.csv");
    const result = await exportCtdc(["--year", "2017", "--out", out], {
      DATABASE_URL: scratch.url,
    });
    expect(result.code, result.stderr).toBe(0);
    const [header, ...rows] = parseCsv(await readFile(out, "utf8"));
    expect(header).toEqual([...CTDC_COLUMNS]);
    for (const identifying of ["name", "dateOfBirth", "code", "id", "victimId"]) {
      expect(header).not.toContain(identifying);
    }
    const sizes = new Map<string, number>();
    for (const row of rows) sizes.set(row.join(","), (sizes.get(row.join(",")) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(11);

    // The counts it prints add up, and match the file and the year's live victims.
    const count = (label: string) =>
      Number(new RegExp(`${label}: (\\d+)`).exec(result.stderr)?.[1]);
    const victims2017 = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM victim
      WHERE deleted_at IS NULL AND extract(year FROM rescued_at AT TIME ZONE 'Asia/Phnom_Penh') = 2017`;
    expect(count("records in")).toBe(victims2017[0]!.n);
    expect(count("out")).toBe(rows.length);
    expect(count("records in")).toBe(count("out") + count("suppressed"));
    expect(count("generalised")).toBeLessThanOrEqual(count("out"));
    // The figures docs/report-format.md states for the demo's 2017 (the seed is deterministic).
    expect(result.stderr).toContain(
      "records in: 1102\ngeneralised: 1054\nsuppressed: 48\nout: 1054\n" +
        "levels: ageBroad=majorityStatus, citizenship=country, CountryOfExploitation=region",
    );

    // Audited before the file was written, as the command line (no account of its own).
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "report.exported", entityId: "2017" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ actorId: null, userAgent: "npm run export:ctdc" });
    expect(event.changes).toMatchObject({
      format: "ctdc-csv",
      k: 11,
      via: "export:ctdc",
      recordsIn: count("records in"),
      suppressed: count("suppressed"),
      recordsOut: rows.length,
    });
  });

  it("refuses k = 1 and a missing --out, writing nothing", async () => {
    const out = path.join(dir, "k1.csv");
    const before = await db.auditEvent.count();
    const k1 = await exportCtdc(["--year", "2017", "--out", out, "--k", "1"], {
      DATABASE_URL: scratch.url,
    });
    expect(k1.code).toBe(2);
    expect(k1.stderr).toContain("--k must be a whole number from 2 to 1000");
    const noOut = await exportCtdc(["--year", "2017"], { DATABASE_URL: scratch.url });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out FILE is required");
    await expect(readFile(out)).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(before);
  });
});
