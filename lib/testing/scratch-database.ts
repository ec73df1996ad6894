import path from "node:path";
import { rm } from "node:fs/promises";
import { startEmbeddedDb } from "@/lib/embedded-db/start";
import {
  assertLocalDatabase,
  dropDatabase,
  isEmbeddedServer,
  migrateDatabase,
  recreateDatabase,
  withDatabaseName,
} from "./test-database";

// A database of one test file's own, migrated and otherwise empty, on whichever server the suite
// runs against: a new database beside the suite's on PostgreSQL, or a new embedded PGlite (which
// serves one database only) on a free port.

export type ScratchDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

export async function scratchDatabase(
  name: string,
  { migrate = true } = {},
): Promise<ScratchDatabase> {
  // The owner's: creating and dropping databases, and migrating them, are not the runtime role's
  // (decision 0023). A scratch database is then the owner's too, with no runtime role granted.
  const suiteUrl = process.env.OWNER_DATABASE_URL ?? process.env.DATABASE_URL!;
  assertLocalDatabase(suiteUrl);
  const dbName = `ctip_scratch_${name}${process.env.CTIP_TEST_DB_SUFFIX ? `_${process.env.CTIP_TEST_DB_SUFFIX}` : ""}`;
  if (!/^[a-z0-9_]+$/.test(dbName)) throw new Error(`Bad scratch database name ${dbName}`);
  if (await isEmbeddedServer(suiteUrl)) {
    const dir = path.resolve(".data", `pglite-scratch-${name}`);
    await rm(dir, { recursive: true, force: true });
    const db = await startEmbeddedDb({ dir, port: 0 });
    if (migrate) migrateDatabase(db.url);
    return {
      url: db.url,
      embedded: true,
      drop: async () => {
        await db.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const url = withDatabaseName(suiteUrl, dbName);
  await recreateDatabase(url);
  if (migrate) migrateDatabase(url);
  return { url, embedded: false, drop: () => dropDatabase(url) };
}
