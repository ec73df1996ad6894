// `npm run db:restore -- --in <file> [--force]`: restores a db:backup file into the database that
// the migrations use (MIGRATE_DATABASE_URL, else DATABASE_URL), or, with neither set, into the
// demo's embedded PGlite data directory (DEMO_DATA_DIR, else .data/pglite). It refuses a target
// that already holds data unless --force, and a file of the other kind, before writing anything.
import "dotenv/config";
import { restorePglite } from "./backup-pglite";
import {
  describeDatabase,
  findPublicTables,
  listArchive,
  requireTool,
  restorePostgres,
} from "./backup-postgres";
import {
  assertFileKind,
  BackupError,
  describeResult,
  parseCli,
  resolveTarget,
  runCli,
} from "./backup-shared";

const USAGE = "usage: npm run db:restore -- --in <file> [--force]";

async function restoreIntoPostgres(url: string, file: string, force: boolean) {
  await assertFileKind(file, "postgres-custom");
  const tool = requireTool("pg_restore");
  const entries = await listArchive(file);
  const database = describeDatabase(url);
  console.log(`Restoring ${file} (${entries} archive entries) into ${database} with ${tool} …`);
  const tables = await findPublicTables(url);
  if (tables.length > 0 && !force) {
    const some = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
    throw new BackupError(
      `the target database ${database} is not empty: schema public holds ${tables.length} ` +
        `tables (${some}). Refusing to restore into it; nothing was written. Restore into a new ` +
        "database, or pass --force to drop and re-create every object the backup holds.",
    );
  }
  if (tables.length > 0) {
    console.log(
      "  --force: each object the backup holds is dropped and re-created, in one transaction",
    );
  }
  await restorePostgres(url, file, tables.length > 0, (table) => console.log(`  table ${table}`));
  console.log(
    "Owners and privileges were not restored (the source's roles may not exist here). Re-run " +
      "`npm run db:grant -- --role <name>` for the app's runtime role.",
  );
}

runCli("db:restore", async () => {
  const { file, force } = parseCli("in", USAGE);
  const target = resolveTarget();
  const started = performance.now();
  if (target.kind === "postgres") {
    await restoreIntoPostgres(target.url, file, force);
  } else {
    await assertFileKind(file, "pglite-tarball");
    const tables = await restorePglite(target.dir, file, force, (line) => console.log(line));
    console.log(`Restored ${tables} tables into ${target.dir}.`);
  }
  console.log(`Restored from ${await describeResult(file, started)}.`);
  console.log("Check the audit trail of what was restored: npm run audit:verify");
});
