import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";

// The single Prisma client. Kept on globalThis so Next's dev reloads do not open a pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run demo`, or set it.");
  }
  return createPrismaClient(connectionString);
}

export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
