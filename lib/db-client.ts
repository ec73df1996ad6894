import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db-pool";
import { QUERY_EVENTS } from "@/lib/observability/slow-query-log";

/** Builds a Prisma client on the pg driver adapter. The app uses the ones in lib/db.ts; scripts,
 * the seed and the tests build their own from this. */
export function createPrismaClient(
  connectionString: string,
  max?: number,
  applicationName?: string,
) {
  return createPrismaClientOn(createPool(connectionString, max, applicationName));
}

/** A Prisma client on a pool made by the caller (lib/db.ts registers its pools for the metrics).
 * $disconnect() ends the pool, as it ends the pool adapter-pg makes itself. */
export function createPrismaClientOn(pool: pg.Pool) {
  // Query events, for the app's slow-query log (lib/db.ts subscribes; scripts do not).
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: [...QUERY_EVENTS],
  });
}

export type Db = ReturnType<typeof createPrismaClientOn>;
