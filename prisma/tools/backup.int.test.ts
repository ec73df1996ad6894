// `npm run db:backup` and `npm run db:restore`, run as commands: a demo-seeded database backed up
// and restored into a new one must keep every row, every report and a verifying audit chain; a
// target that holds data, or a file of the wrong kind, is refused before anything is written.
// On the suite's PostgreSQL with pg_dump/pg_restore, or on PGlite when the suite runs on it.
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/append";
import { createPrismaClient } from "@/lib/db-client";
import { backendFor, runBackupCli, type CliRun, type Store } from "@/lib/testing/backup-stores";
import { snapshotDatabase, type DatabaseSnapshot } from "@/lib/testing/backup-snapshot";
import { testDb } from "@/lib/testing/db";
import { migrateDatabase } from "@/lib/testing/test-database";
import { seed } from "@/prisma/seed";
import { testAuditEvent } from "@/lib/testing/audit-events";

const suite = testDb();
const [{ version }] = await suite.$queryRaw<[{ version: string }]>`SELECT version() AS version`;
await suite.$disconnect();
// Backups are taken and restored as the tables' owner, not as the runtime role (decision 0023).
const backend = backendFor(process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL!, version);
const STORES: Store[] = ["source", "restored", "occupied", "forced", "empty"];
const FILES = path.resolve(".data", `backup-test-${backend.kind}`);
const backupFile = `${FILES}.backup`;
const MINUTES = 60_000;

/** The demo seed, then audit events with text a careless dump would mangle, so the chain has
 * links whose hashes cover jsonb, Khmer text and millisecond timestamps. */
async function seedSource() {
  const opened = await backend.open("source");
  try {
    migrateDatabase(opened.url);
    const db = createPrismaClient(opened.url, 2);
    try {
      await seed(db);
      for (const note of ["ករណី ១", 'quote " and \\ backslash', "emoji 🛟"]) {
        await db.$transaction((tx) =>
          recordAudit(tx, {
            actor: null,
            ...testAuditEvent("backup.test", "backup"),
            details: { note, nested: { b: 2, a: [1, "x"] } },
            request: { ip: "192.0.2.1", userAgent: "backup.int.test" },
          }),
        );
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await opened.close();
  }
}

async function snapshotOf(store: Store): Promise<DatabaseSnapshot> {
  const opened = await backend.open(store);
  try {
    return await snapshotDatabase(opened.url);
  } finally {
    await opened.close();
  }
}

const restore = (store: Store, ...args: string[]) =>
  runBackupCli("restore", ["--in", backupFile, ...args], backend.env(store));

let backedUp: CliRun;
let restored: CliRun;
let source: DatabaseSnapshot;

beforeAll(async () => {
  await mkdir(path.dirname(FILES), { recursive: true });
  await Promise.all(STORES.map((s) => backend.remove(s)));
  await seedSource();
  source = await snapshotOf("source");
  backedUp = await runBackupCli("backup", ["--out", backupFile, "--force"], backend.env("source"));
  restored = await restore("restored");
}, 10 * MINUTES);

afterAll(async () => {
  await Promise.all(STORES.map((s) => backend.remove(s)));
  for (const suffix of ["backup", "other", "garbage", "while-open"]) {
    await rm(`${FILES}.${suffix}`, { force: true });
  }
}, 2 * MINUTES);

describe(`db:backup and db:restore on ${backend.kind}`, { timeout: 5 * MINUTES }, () => {
  it("backs up to a file of its kind, then restores it into a new database, printing size and time", async () => {
    expect(backedUp.stderr).toBe("");
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toMatch(
      /Backup written: .* \(\d+(\.\d)? (B|KiB|MiB), \d+ bytes\) in \d+\.\d s\./,
    );
    const magic = (await readFile(backupFile)).subarray(0, 5);
    if (backend.kind === "postgres") expect(magic.toString("latin1")).toBe("PGDMP");
    else expect([...magic.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored from .* bytes\) in \d+\.\d s\./);
    console.log(
      `${backend.kind} round trip: ${backedUp.stdout.match(/Backup written: .*/)?.[0]}; ` +
        `${restored.stdout.match(/Restored from .*/)?.[0]}`,
    );
  });

  it("restores every row, the same report for every year, and an audit chain that verifies", async () => {
    const copy = await snapshotOf("restored");
    expect(source.years).toEqual([2016, 2017]);
    expect(source.chain).toMatchObject({ ok: true, checked: source.counts.audit_event });
    expect(source.counts.audit_event).toBeGreaterThanOrEqual(4);
    expect(copy.chain).toEqual(source.chain);
    expect(source.schema).toContain("trigger audit_event.audit_event_append_only");
    expect(copy.schema).toEqual(source.schema);
    expect(copy.counts).toEqual(source.counts);
    expect(Object.keys(copy.counts)).toContain("victim");
    expect(copy.reports).toEqual(source.reports);
  });

  it("refuses a target that already holds something without --force, and writes nothing", async () => {
    await backend.occupy("occupied");
    const before = await backend.contents("occupied");
    expect(before.length).toBeGreaterThan(0);

    const refused = await restore("occupied");

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty.*nothing was written.*--force/s);
    expect(await backend.contents("occupied")).toEqual(before);
  });

  it("with --force, replaces what the target holds with the backup", async () => {
    await backend.occupy("forced");
    const forced = await restore("forced", "--force");
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    const copy = await snapshotOf("forced");
    expect(copy.chain).toEqual(source.chain);
    expect(copy.schema).toEqual(source.schema);
    // On PostgreSQL, --force drops and re-creates what the backup holds, and nothing else.
    const { keep_me: kept, ...counts } = copy.counts;
    expect(counts).toEqual(source.counts);
    expect(kept).toBe(backend.kind === "postgres" ? 1 : undefined);
  });

  it("refuses an output file in a folder that does not exist, by name, and writes nothing", async () => {
    const missing = path.resolve(".data", "no-such-folder", "nested");
    const refused = await runBackupCli(
      "backup",
      ["--out", path.join(missing, "x.backup")],
      backend.env("source"),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the folder ${missing} does not exist`);
    expect(existsSync(missing)).toBe(false);
  });

  it("refuses a backup of the other kind, or garbage, by its first bytes, and writes nothing", async () => {
    const other =
      backend.kind === "postgres"
        ? gzipSync(Buffer.from("a PGlite tarball, supposedly"))
        : Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(64)]);
    const files = { other, garbage: Buffer.from("SELECT 'not a backup';\n") };
    for (const [name, bytes] of Object.entries(files)) {
      const file = `${FILES}.${name}`;
      await writeFile(file, bytes);
      const refused = await runBackupCli("restore", ["--in", file], backend.env("empty"));
      expect(refused.code, name).toBe(1);
      expect(refused.stderr, name).toMatch(
        name === "garbage"
          ? /Refusing .*: it is not a backup made by npm run db:backup/
          : backend.kind === "postgres"
            ? /Refusing .*: it is an embedded PGlite backup .* Unset DATABASE_URL/
            : /Refusing .*: it is a PostgreSQL backup .* Set DATABASE_URL/,
      );
      expect(await backend.contents("empty"), name).toEqual([]);
    }
  });

  it.runIf(backend.kind === "pglite")(
    "refuses to back up or restore an embedded database that is open",
    async () => {
      const opened = await backend.open("source");
      try {
        const file = `${FILES}.while-open`;
        const backup = await runBackupCli("backup", ["--out", file], backend.env("source"));
        expect(backup.code).toBe(1);
        expect(backup.stderr).toMatch(/is open in process \d+ \(is `npm run demo` running\?\)/);
        const refused = await runBackupCli(
          "restore",
          ["--in", backupFile, "--force"],
          backend.env("source"),
        );
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/is open in process \d+/);
      } finally {
        await opened.close();
      }
    },
  );
});
