import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { logSlowQueries } from "@/lib/observability/slow-query-log";

// The single Prisma client, created on first use so that `next build` (which imports every route
// to collect its configuration) needs no database. Kept on globalThis so dev reloads reuse the pool.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

function getClient(): Db {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run demo`, or set it.");
  }
  globalForPrisma.prisma = createPrismaClient(connectionString);
  logSlowQueries(globalForPrisma.prisma);
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
