import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { QUERY_EVENTS } from "@/lib/observability/slow-query-log";

/** Builds a Prisma client on the pg driver adapter. The app uses the one in lib/db.ts; scripts,
 * the seed and the tests build their own from this. */
export function createPrismaClient(connectionString: string, max?: number) {
  // Query events, for the app's slow-query log (lib/db.ts subscribes; scripts do not).
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    log: [...QUERY_EVENTS],
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
