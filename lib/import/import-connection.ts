import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Tx } from "@/lib/data/person-writes";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Imports run on a Prisma client of their own with ONE pooled connection, so the raw pg client
// under an import's transaction is known, and rows can be streamed into it with COPY between the
// transaction's Prisma queries. Imports therefore take turns, as they would at the audit chain's
// lock anyway. See docs/decisions/0015-import-streams-rows-with-copy.md.

export type ImportConnection = {
  /** The connection the transaction runs on. Use it only while no Prisma query is pending. */
  client: pg.ClientBase;
  /** Whether the server takes COPY … FROM STDIN (the embedded PGlite's wire server does not). */
  copy: boolean;
};

type ImportClient = { prisma: PrismaClient; pool: pg.Pool; held: () => pg.PoolClient | undefined };

// Kept on globalThis, as lib/db.ts keeps its client, so dev reloads do not leak connections.
const globalForImport = globalThis as unknown as { importClient?: ImportClient };
const copySupport = new WeakMap<pg.ClientBase, boolean>();

function importClient(): ImportClient {
  if (globalForImport.importClient) return globalForImport.importClient;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  // allowExitOnIdle: a command-line import (the benchmark) must not wait for the idle timeout.
  const pool = new pg.Pool({ connectionString, max: 1, allowExitOnIdle: true });
  let held: pg.PoolClient | undefined;
  pool.on("acquire", (client) => {
    held = client;
  });
  pool.on("release", () => {
    held = undefined;
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  globalForImport.importClient = { prisma, pool, held: () => held };
  return globalForImport.importClient;
}

async function supportsCopy(client: pg.ClientBase): Promise<boolean> {
  const known = copySupport.get(client);
  if (known !== undefined) return known;
  const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
  const copy = !rows[0]?.version.includes("PGlite");
  copySupport.set(client, copy);
  return copy;
}

/** How victims are streamed: COPY, or chunked INSERTs (the embedded database's only path). */
export type ImportTransport = "copy" | "insert";

/** Runs `work` in one transaction on the import connection. `transport` chooses the path (the
 * tests run the INSERT path on PostgreSQL too); by default COPY wherever the server takes it. */
export async function withImportTransaction<T>(
  work: (tx: Tx, connection: ImportConnection) => Promise<T>,
  options: { timeout: number; maxWait: number },
  transport?: ImportTransport,
): Promise<T> {
  const { prisma, held } = importClient();
  return prisma.$transaction(async (tx) => {
    // The pool has one connection, so the one checked out is this transaction's.
    const client = held();
    if (!client) throw new Error("The import transaction has no connection.");
    const copy = transport ? transport === "copy" : await supportsCopy(client);
    return work(tx, { client, copy });
  }, options);
}

/** Closes the import connection (for scripts and tests that end the process themselves). */
export async function closeImportConnection() {
  const current = globalForImport.importClient;
  globalForImport.importClient = undefined;
  await current?.prisma.$disconnect();
  await current?.pool.end();
}
