import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Builds a Prisma client on the pg driver adapter. The app uses the one in lib/db.ts; scripts,
 * the seed and the tests build their own from this. */
export function createPrismaClient(connectionString: string, max?: number) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
