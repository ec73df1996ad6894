// Finds the database the test suites run against, refusing anything that is not on this machine.
// With DATABASE_URL set, the tests use a separate database on that server (named per suite), which
// is created and migrated once. Without it, they start an embedded PGlite of their own.
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "@/lib/cli/embedded-db";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocalDatabase(url: string) {
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname) && !hostname.startsWith("/")) {
    throw new Error(`Refusing to run tests against a non-local database (${hostname}).`);
  }
}

export function withDatabaseName(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function migrateDatabase(url: string) {
  execFileSync("npx", ["tsx", "prisma/tools/migrate.ts", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export type TestDatabase = { url: string; stop: () => Promise<void> };

export async function dropDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * `suite` names the database (`ctip_<suite>`) or, on PGlite, its data folder and port.
 * `fresh` starts from an empty database (the e2e suite seeds the demo data and asserts on it).
 * CTIP_TEST_DB_SUFFIX keeps two checkouts' runs on one server apart (`ctip_integration_<suffix>`).
 */
export async function prepareTestDatabase(
  suite: "integration" | "e2e",
  { fresh = false } = {},
): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const suffix = process.env.CTIP_TEST_DB_SUFFIX?.replace(/[^a-z0-9_]/g, "");
    const url = withDatabaseName(base, suffix ? `ctip_${suite}_${suffix}` : `ctip_${suite}`);
    assertLocalDatabase(url);
    if (fresh) await dropDatabase(url);
    migrateDatabase(url);
    return { url, stop: async () => {} };
  }
  const dir = path.resolve(".data", `pglite-${suite}`);
  if (fresh) await rm(dir, { recursive: true, force: true });
  const embedded = await startEmbeddedDb({ dir, port: suite === "integration" ? 5434 : 5435 });
  migrateDatabase(embedded.url);
  return embedded;
}
