import path from "node:path";
import { rm } from "node:fs/promises";
import pg from "pg";
import { startEmbeddedDb } from "@/lib/cli/embedded-db";
import { assertLocalDatabase, migrateDatabase, withDatabaseName } from "./test-database";

// A database of one test file's own, migrated and otherwise empty, on whichever server the suite
// runs against: a new database beside the suite's on PostgreSQL, or a new embedded PGlite (which
// serves one database only) on a free port.

export type ScratchDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

/** PGlite says so in its version string. */
async function isEmbedded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT version() AS v");
    return /emscripten|wasm/i.test(rows[0]!.v);
  } finally {
    await client.end();
  }
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

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
  if (await isEmbedded(suiteUrl)) {
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
  await adminQuery(suiteUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await adminQuery(suiteUrl, `CREATE DATABASE ${dbName}`);
  const url = withDatabaseName(suiteUrl, dbName);
  if (migrate) migrateDatabase(url);
  return {
    url,
    embedded: false,
    drop: () => adminQuery(suiteUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`),
  };
}
