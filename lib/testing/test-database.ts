// Finds the database the test suites run against, refusing anything that is not on this machine.
// With DATABASE_URL set, the tests use a separate database on that server (named per suite), which
// is created and migrated once, as the owner; the tests and the e2e server then run as the runtime
// role (decision 0023). Without it, they start an embedded PGlite of their own, which has one role.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { withConnection } from "@/lib/db-pool";
import { startEmbeddedDb } from "@/lib/embedded-db/start";
import { grantRuntimeRole } from "@/prisma/tools/runtime-role";

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
    // Both: an owner's MIGRATE_DATABASE_URL in the environment must not be migrated instead.
    env: { ...process.env, DATABASE_URL: url, MIGRATE_DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** `url` is the owner's: it migrates, seeds and arranges what only an owner may. */
export type TestDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** One role for every test database on a server; it owns nothing, so any of them may grant it. */
export const TEST_RUNTIME_ROLE = "ctip_test_runtime";

/** One statement on its own connection; the rows it returns ([] for several statements). */
export async function serverQuery(url: string, sql: string, params: unknown[] = []) {
  return withConnection(url, async (client) => {
    const result = await client.query<Record<string, unknown>>(sql, params);
    return Array.isArray(result) ? [] : result.rows;
  });
}

/** The server's maintenance database, where databases are created and dropped. */
export const maintenanceUrl = (url: string) => withDatabaseName(url, "postgres");

/** An embedded PGlite says so in its version string. */
export async function isEmbeddedServer(url: string): Promise<boolean> {
  const [row] = await serverQuery(url, "SELECT version() AS v");
  return /PGlite|emscripten|wasm/i.test(String(row?.v));
}

export async function dropDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  await serverQuery(
    maintenanceUrl(url),
    `DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`,
  );
}

/** An empty database of that name, dropped first if it exists. */
export async function recreateDatabase(url: string) {
  await dropDatabase(url);
  const name = new URL(url).pathname.slice(1);
  await serverQuery(maintenanceUrl(url), `CREATE DATABASE "${name.replaceAll('"', '""')}"`);
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
    return { url, embedded: false, stop: async () => {} };
  }
  const dir = path.resolve(".data", `pglite-${suite}`);
  if (fresh) await rm(dir, { recursive: true, force: true });
  const embedded = await startEmbeddedDb({ dir, port: suite === "integration" ? 5434 : 5435 });
  migrateDatabase(embedded.url);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

/**
 * The URL the tests (or the e2e server) run as: on PostgreSQL, the runtime role's, granted just
 * now, so run it after every owner-only step (migrations, reference data, the test sequences); on
 * PGlite, which has one role, the owner's. Where the owner's URL has a password (a server that
 * asks for one), the role's is derived from it, so that concurrent runs agree on it and nobody
 * without the owner's password can compute it; where it has none (pg_hba trusts loopback), nor
 * does the role's URL.
 */
export async function grantTestRuntimeRole(database: TestDatabase): Promise<string> {
  if (database.embedded) return database.url;
  const url = new URL(database.url);
  const password = url.password
    ? createHash("sha256")
        .update(`${TEST_RUNTIME_ROLE}:${decodeURIComponent(url.password)}`)
        .digest("hex")
    : undefined;
  await withConnection(database.url, (client) =>
    grantRuntimeRole(client, { role: TEST_RUNTIME_ROLE, password }),
  );
  url.username = TEST_RUNTIME_ROLE;
  url.password = password ?? "";
  return url.toString();
}
