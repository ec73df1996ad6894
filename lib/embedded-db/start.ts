// An embedded PostgreSQL for the demo, the report script and the tests: a file-backed PGlite
// served over the Postgres wire protocol, so the app's pg driver adapter works unchanged.
//
// PGlite runs in a child process (process.ts), not in the caller's: in-process, any
// synchronous call of the caller (execFileSync, a long computation) would freeze the database
// for every client, including the app and the migration tool the caller is waiting for.
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import type { ChildMessage, ChildOptions } from "@/lib/embedded-db/process";
import { isPortFree } from "@/lib/embedded-db/processes";

export const DEFAULT_PGLITE_PORT = 5433;
const HOST = "127.0.0.1";
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type EmbeddedDbOptions = {
  /** Data directory; created (and initialised) on first use. Relative to the project root. */
  dir: string;
  /** TCP port on 127.0.0.1 (default 5433). 0 picks a free one. */
  port?: number;
  /** PGlite has one session, which the server shares out; a pg pool needs several connections. */
  maxConnections?: number;
};

export type EmbeddedDb = {
  url: string;
  port: number;
  dir: string;
  /** Resolves if the database process ends, whether by stop() or unexpectedly. */
  exited: Promise<void>;
  /** The database process's id. */
  pid: number;
  /** Closes client connections, then checkpoints and closes the data directory. Idempotent. */
  stop(): Promise<void>;
};

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded database cannot listen there. ` +
        `Stop whatever uses it, or choose another port (for npm run demo: PGLITE_PORT).`,
    );
  }
}

async function waitForConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.end();
  }
}

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const dir = path.resolve(ROOT, options.dir);
  const port = options.port ?? DEFAULT_PGLITE_PORT;
  // Checked here too, for a clear message before a child process is even started.
  if (port !== 0 && !(await isPortFree(port, HOST))) throw new PortInUseError(port);
  await mkdir(dir, { recursive: true });

  const childOptions: ChildOptions = {
    dir,
    host: HOST,
    port,
    maxConnections: options.maxConnections ?? 100,
  };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const entry = fileURLToPath(new URL("./process.ts", import.meta.url));
  // cwd is the project root so that tsx finds tsconfig.json and its @/ paths.
  const child = spawn(process.execPath, ["--import", tsx, entry, JSON.stringify(childOptions)], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const actualPort = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: ChildMessage) => {
      if (message.type === "ready") return resolve(message.port);
      reject(message.code === "EADDRINUSE" ? new PortInUseError(port) : new Error(message.message));
    });
    child.once("error", reject);
    void exited.then(() => reject(new Error("The embedded database exited while starting.")));
  });
  const url = `postgresql://postgres:postgres@${HOST}:${actualPort}/postgres`;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // IPC rather than a signal: on Windows, kill() ends a process without letting it clean up.
      if (child.connected) child.send("stop");
      else child.kill("SIGTERM");
      await exited;
    })());
  try {
    await waitForConnection(url);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port: actualPort, dir, exited, stop, pid: child.pid! };
}
