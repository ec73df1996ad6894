// `npm run db:backup -- --out <file> [--force]`: a backup of the database that the migrations use
// (MIGRATE_DATABASE_URL, else DATABASE_URL) in pg_dump's custom format, or, with neither set, of
// the demo's embedded PGlite (DEMO_DATA_DIR, else .data/pglite) as a gzipped data directory.
// The file holds victims' identities: it is written readable by its owner only (mode 0600).
import "dotenv/config";
import { existsSync } from "node:fs";
import path from "node:path";
import { open, rename, rm } from "node:fs/promises";
import { dumpPglite } from "./backup-pglite";
import { describeDatabase, dumpPostgres, requireTool } from "./backup-postgres";
import { BackupError, describeResult, parseCli, resolveTarget, runCli } from "./backup-shared";

const USAGE = "usage: npm run db:backup -- --out <file> [--force]";

runCli("db:backup", async () => {
  const { file, force } = parseCli("out", USAGE);
  if (existsSync(file) && !force) {
    throw new BackupError(
      `${file} already exists. Choose a new name, or pass --force to overwrite.`,
    );
  }
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder)) {
    throw new BackupError(
      `the folder ${folder} does not exist. Create it, or choose another --out.`,
    );
  }
  const target = resolveTarget();
  const started = performance.now();
  // Written under another name and renamed when complete: a failed run leaves no plausible file.
  const partial = `${file}.partial`;
  try {
    await rm(partial, { force: true });
    await (await open(partial, "wx", 0o600)).close();
    if (target.kind === "postgres") {
      const tool = requireTool("pg_dump");
      console.log(`Backing up ${describeDatabase(target.url)} with ${tool} (custom format) …`);
      await dumpPostgres(target.url, partial, (table) => console.log(`  table ${table}`));
    } else {
      await dumpPglite(target.dir, partial, (line) => console.log(line));
    }
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  console.log(`Backup written: ${await describeResult(file, started)}.`);
});
