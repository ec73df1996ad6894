// The database a reading command (`npm run report`, `npm run export:ctdc`) opens, and the user it
// reads as. DATABASE_URL when set; otherwise the demo's embedded database: through the running
// demo's server if there is one, else by opening .data/pglite.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_PGLITE_PORT, startEmbeddedDb, type EmbeddedDb } from "@/lib/embedded-db/start";
import { isPortFree, portFromEnv } from "@/lib/embedded-db/processes";

import type { ActingUser } from "@/lib/auth/acting-user";
import { SECRETARIAT } from "@/lib/domain/agencies";

/** The command line reads as a national reader: whoever runs it already holds the database. */
export function cliReader(command: string): ActingUser {
  return {
    id: "00000000-0000-0000-0000-000000000000",
    email: `${command.replaceAll(/[^a-z0-9]+/gi, "-")}@localhost`,
    name: command,
    role: "AUDITOR",
    nationalScope: true,
    provinceIds: [],
    mustChangePassword: false,
    sessionId: null,
    ...SECRETARIAT,
  };
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Thrown when there is no database to open; the command prints it and exits with 2. */
export class NoDatabaseError extends Error {}

export async function connectCliDatabase(): Promise<{ url: string; embedded?: EmbeddedDb }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = portFromEnv("PGLITE_PORT", DEFAULT_PGLITE_PORT);
  // PGlite is single-process: while the demo runs, its server is the only way in.
  if (!(await isPortFree(port))) return { url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
  const dir = path.resolve(ROOT, process.env.DEMO_DATA_DIR ?? ".data/pglite");
  if (!existsSync(dir)) {
    throw new NoDatabaseError(
      `no demo database at ${dir}: run \`npm run demo\` once, or set DATABASE_URL.`,
    );
  }
  const embedded = await startEmbeddedDb({ dir, port: 0 });
  return { url: embedded.url, embedded };
}
