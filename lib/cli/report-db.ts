import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_PGLITE_PORT, startEmbeddedDb, type EmbeddedDb } from "@/lib/embedded-db/start";
import { isPortFree, portFromEnv } from "@/lib/embedded-db/processes";

// The database the report commands (`npm run report`, `npm run report:verify`) read: DATABASE_URL,
// or, when that is unset, the demo's embedded database: through the running demo's server if
// there is one, else by opening .data/pglite.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** No database to read; the message says what to do. The commands exit 2 with it. */
export class NoReportDbError extends Error {}

export async function connectReportDb(): Promise<{ url: string; embedded?: EmbeddedDb }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = portFromEnv("PGLITE_PORT", DEFAULT_PGLITE_PORT);
  // PGlite is single-process: while the demo runs, its server is the only way in.
  if (!(await isPortFree(port))) return { url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
  const dir = path.resolve(ROOT, process.env.DEMO_DATA_DIR ?? ".data/pglite");
  if (!existsSync(dir)) {
    throw new NoReportDbError(
      `no demo database at ${dir}: run \`npm run demo\` once, or set DATABASE_URL.`,
    );
  }
  const embedded = await startEmbeddedDb({ dir, port: 0 });
  return { url: embedded.url, embedded };
}
