import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { testDb, uniqueYear } from "@/lib/testing/db";
import { seedLayoutRecords } from "@/lib/testing/layout-records";
import { filtersOf } from "@/lib/testing/record-lists";
import { makeUser } from "@/lib/testing/users";
import type { TLayoutRequest } from "@/lib/validation/report-layout";
import { exportLayout } from "./export-layout";
import type { TTipLayout } from "./types";

// Layout exports by real users on a real database (the route's 400 and 403 are in the e2e
// layouts spec), the lists' new filters the layouts count through, and `npm run report --layout`.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "198.51.100.9", userAgent: "vitest" };

const exported = (actorId: string) =>
  db.auditEvent.findMany({
    where: { action: "report.exported", actorId },
    orderBy: { id: "asc" },
    select: { entityType: true, entityId: true, changes: true },
  });

const options = (year: number, o: Partial<TLayoutRequest> = {}): TLayoutRequest => ({
  year,
  layout: "tip",
  format: "csv",
  variant: "full",
  k: 11,
  lang: "en",
  period: null,
  ...o,
});

describe("the lists' filters the layouts count through", () => {
  it("select suspects by their case's offence, victims by exploitation group and foreign nationality", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const auditor = await makeUser(db, "AUDITOR");
    const y = String(year);
    const suspects = (p: Record<string, string>) =>
      findSuspects(auditor, filtersOf("suspects", { year: y, ...p })).then((r) => r.total);
    const victims = (p: Record<string, string>) =>
      findVictims(auditor, filtersOf("victims", { year: y, ...p })).then((r) => r.total);
    // Arrested in the year in the labour case: two (the deleted third does not count).
    expect(await suspects({ offence: "LABOUR_EXPLOITATION" })).toBe(2);
    expect(await suspects({ offence: "HUMAN_TRAFFICKING" })).toBe(2);
    // Labour, begging, domestic servitude; GLOTIP's forced labour leaves begging out.
    expect(await victims({ exploitation: "labour" })).toBe(3);
    expect(await victims({ exploitation: "forced-labour" })).toBe(2);
    expect(await victims({ exploitation: "other-forms" })).toBe(1);
    // Vietnamese; not the victim with no nationality recorded, nor the Cambodians.
    expect(await victims({ nationality: "foreign" })).toBe(1);
  });
});

describe("layout exports", () => {
  it("write one report.exported event per file, naming the layout and its period", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const manager = await makeUser(db, "MANAGER");
    for (const format of ["csv", "xlsx", "json"] as const) {
      const before = (await exported(manager.id)).length;
      const file = await exportLayout(manager, options(year, { format }), request);
      const events = await exported(manager.id);
      expect(events, format).toHaveLength(before + 1);
      expect(file.sha256).toBe(createHash("sha256").update(file.bytes).digest("hex"));
      expect(events.at(-1)).toMatchObject({
        entityType: "report",
        entityId: String(year),
        changes: {
          layout: "tip",
          from: `${year}-04-01`,
          to: `${year + 1}-03-31`,
          format,
          variant: "full",
          lang: format === "json" ? null : "en",
          bytes: file.bytes.byteLength,
          sha256: file.sha256,
        },
      });
    }
  }, 60_000);

  it("suppress small figures in the public variant, and name the file so", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const manager = await makeUser(db, "MANAGER");
    const file = await exportLayout(
      manager,
      options(year, { format: "json", variant: "public", k: 3 }),
      request,
    );
    const doc = JSON.parse(new TextDecoder().decode(file.bytes)) as TTipLayout;
    // Prosecutions 3 (2 labour, so 1 not): the total stands, the labour share is hidden.
    expect(doc.prosecutions.total.count).toBe(3);
    expect(doc.prosecutions.labour).toMatchObject({ count: null, suppressed: true });
    // Convictions 2: below k = 3, hidden with their share.
    expect(doc.convictions.total.count).toBeNull();
    expect(doc.public?.k).toBe(3);
    expect(file.fileName).toBe(`ctip-tip-${year}-04-01-${year + 1}-03-31-public-k3.json`);
  });

  it("are refused to staff, and a refusal writes nothing", async () => {
    const year = await uniqueYear();
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    await expect(exportLayout(staff, options(year), request)).rejects.toThrow();
    expect(await exported(staff.id)).toEqual([]);
  });
});

const run = promisify(execFile);
const npmReport = (args: string[]) =>
  run("npm", ["run", "--silent", "report", "--", ...args], { env: process.env })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => e);

describe("npm run report --layout", () => {
  it("prints the TIP layout of 1 April to 31 March as JSON, and GLOTIP's as Khmer CSV", async () => {
    const year = await uniqueYear();
    await seedLayoutRecords(db, year);
    const tip = await npmReport(["--year", String(year), "--layout", "tip"]);
    expect(tip.code, tip.stderr).toBe(0);
    const doc = JSON.parse(tip.stdout) as TTipLayout;
    expect(doc.period).toEqual({ from: `${year}-04-01`, to: `${year + 1}-03-31` });
    expect(
      [doc.investigations, doc.prosecutions, doc.convictions, doc.victimsIdentified].map((f) => [
        f.total.count,
        f.labour.count,
      ]),
    ).toEqual([
      [2, 1],
      [3, 2],
      [2, 1],
      [5, 3],
    ]);
    const csv = await npmReport([
      ...["--year", String(year), "--layout", "glotip", "--format", "csv", "--lang", "km"],
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain('"victims.byForm","forced-labour","ពលកម្មដោយបង្ខំ","2"');
  }, 120_000);

  it("refuses a layout it does not know, and xlsx without --out", async () => {
    const bad = await npmReport(["--year", "2017", "--layout", "ctdc"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--layout");
    const xlsx = await npmReport(["--year", "2017", "--layout", "tip", "--format", "xlsx"]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain("--out");
  }, 60_000);
});
