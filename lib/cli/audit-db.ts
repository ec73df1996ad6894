import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { startEmbeddedDb } from "@/lib/embedded-db/start";

/** The database the audit commands read: DATABASE_URL, or the embedded demo database when it is
 * unset. `close` disconnects and stops the embedded database if one was started. */
export async function openAuditDb(): Promise<{ db: Db; close: () => Promise<void> }> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedDb({ dir: process.env.DEMO_DATA_DIR ?? path.resolve(".data", "pglite") });
  const db = createPrismaClient(process.env.DATABASE_URL ?? embedded!.url, 2);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
