// The embedded database's own process, started by startEmbeddedDb() in embedded-db.ts. It holds
// the data directory's lock and runs PGlite in a worker thread (worker.ts), so that
// this thread is never blocked by a query: it answers a stop over IPC, SIGTERM, and its parent's
// exit however that happens, closes the database cleanly when it can, and exits after a grace
// period when it cannot (a wedged or spinning query).
import { Worker } from "node:worker_threads";
import { acquireDataDirLock } from "@/lib/embedded-db/lock";
import type { WorkerMessage } from "@/lib/embedded-db/worker";

export type ChildOptions = { dir: string; host: string; port: number; maxConnections: number };
export type ChildMessage =
  { type: "ready"; port: number } | { type: "failed"; message: string; code?: string };

/** How long a clean close may take before the process ends without it. */
const STOP_GRACE_MS = Number(process.env.EMBEDDED_DB_STOP_GRACE_MS ?? 10_000);
const PARENT_CHECK_MS = 1_000;

// The parent may have gone while the database was starting: then nobody is listening.
const send = (message: ChildMessage) => process.connected && process.send?.(message);
const options = JSON.parse(process.argv[2] ?? "{}") as ChildOptions;
let releaseLock: (() => Promise<void>) | undefined;
let worker: Worker | undefined;
let closing = false;

async function exit(code: number): Promise<never> {
  await releaseLock?.().catch(() => undefined);
  process.exit(code);
}

function close(code: number) {
  if (closing) return;
  closing = true;
  if (!worker) void exit(code);
  worker?.postMessage("stop");
  // The worker may be stuck in a query it will never finish: then end without it. A data
  // directory cut short mid-write is what PGlite's recovery on the next open is for.
  setTimeout(() => {
    console.error(`The embedded database did not close within ${STOP_GRACE_MS} ms; ending it.`);
    void exit(code);
  }, STOP_GRACE_MS).unref();
}

async function start() {
  try {
    releaseLock = await acquireDataDirLock(options.dir);
  } catch (err) {
    send({ type: "failed", message: err instanceof Error ? err.message : String(err) });
    return exit(1);
  }
  worker = new Worker(new URL("./worker.mjs", import.meta.url), {
    workerData: options,
  });
  worker.on("message", (message: WorkerMessage) => {
    if (message.type === "closed") void exit(0);
    else if (message.type === "failed") {
      send(message);
      close(1);
    } else send(message);
  });
  worker.on("error", (err) => {
    send({ type: "failed", message: err.message });
    void exit(1);
  });
  worker.on("exit", () => void exit(closing ? 0 : 1));
}
void start();

// Ctrl-C reaches the whole process group; the parent decides when the database closes (after
// the app that uses it has stopped), so SIGINT is ignored here.
process.on("SIGINT", () => undefined);
process.on("SIGTERM", () => close(0));
process.on("message", (message) => {
  if (message === "stop") close(0);
});
// The parent ended, however it ended (a crash, SIGKILL): its IPC channel closes. Checked by
// process id as well, in case the channel outlives it.
process.on("disconnect", () => close(0));
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) close(0);
}, PARENT_CHECK_MS).unref();
