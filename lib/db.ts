import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { readReplicas } from "@prisma/extension-read-replicas";
import { createPrismaClientOn, type Db } from "@/lib/db-client";
import { createPool, poolMaxFrom } from "@/lib/db-pool";
import { registerPool } from "@/lib/observability/metrics";
import { logSlowQueries } from "@/lib/observability/slow-query-log";

// The app's Prisma clients, created on first use so that `next build` (which imports every route
// to collect its configuration) needs no database. Kept on globalThis so dev reloads reuse the pools.
//
// `db` is the primary, for every write, every transaction and every read that must see the
// user's own write. `dbRead` is for the reads that may be a moment behind: the lists, the report
// and the exports (decision 0040). With DATABASE_REPLICA_URL unset it IS the primary.
type Clients = { primary: Db; read: () => Db };
const globalForPrisma = globalThis as unknown as { ctipDb?: Clients };

function createClients(): Clients {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set. Start the app with `npm run demo`, or set it.");
  const max = poolMaxFrom(process.env);
  const primaryPool = createPool(url, max, "ctip-primary");
  registerPool("primary", primaryPool);
  const primary = createPrismaClientOn(primaryPool);
  logSlowQueries(primary);
  const replicaUrl = process.env.DATABASE_REPLICA_URL;
  if (!replicaUrl) return { primary, read: () => primary };
  const replicaPool = createPool(replicaUrl, max, "ctip-replica");
  registerPool("replica", replicaPool);
  // Prisma's read-replica extension. Its default routing (model reads on the extended client go
  // to a replica) misses $queryRaw, which the report and the victims list use, and would make any
  // read on the extended client a replica read by default. So the app takes $replica() from it:
  // one client on which every query, raw or not, runs on the replica, and where a write fails
  // loudly (the standby is read-only) instead of landing anywhere by accident.
  const replica = createPrismaClientOn(replicaPool);
  logSlowQueries(replica);
  const routed = primary.$extends(readReplicas({ replicas: [replica] }));
  return { primary, read: () => routed.$replica() as unknown as Db };
}

function clients(): Clients {
  globalForPrisma.ctipDb ??= createClients();
  return globalForPrisma.ctipDb;
}

function lazyClient(resolve: () => Db): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const client = resolve();
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

/** The primary: writes, transactions, and reads that must see the user's own write. */
export const db = lazyClient(() => clients().primary);

const primaryReads = new AsyncLocalStorage<true>();

/** The replica when DATABASE_REPLICA_URL is set, else the primary: lists, the report, exports.
 * Inside readFromPrimary(), the primary. */
export const dbRead = lazyClient(() =>
  primaryReads.getStore() ? clients().primary : clients().read(),
);

/** Runs `read` with dbRead on the primary: for the report code when what it reads is written
 * down at once (publishing the figures) and so must include every committed change. */
export function readFromPrimary<T>(read: () => Promise<T>): Promise<T> {
  return primaryReads.run(true, read);
}
