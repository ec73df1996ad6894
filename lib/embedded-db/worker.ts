// The embedded database itself: PGlite and its wire server, in a worker thread of the database
// process (process.ts). PGlite runs its queries synchronously in WebAssembly, so a
// long or wedged query blocks this thread's event loop; the process's main thread stays free to
// answer a stop, a signal or its parent's exit, and can end the process whatever this thread does.
import { existsSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions as extensions } from "@/lib/embedded-db/extensions";
import { serveOverTcp, type WireServer } from "@/lib/embedded-db/wire-server";
import type { ChildMessage, ChildOptions } from "@/lib/embedded-db/process";

export type WorkerMessage = ChildMessage | { type: "closed" };

const options = workerData as ChildOptions;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
let db: PGlite | undefined;
let server: WireServer | undefined;

function errorCode(err: unknown): string | undefined {
  return err instanceof Error && "code" in err && typeof err.code === "string"
    ? err.code
    : undefined;
}

async function start() {
  try {
    // initdb leaves PGlite's WASM heap ~400 MB larger than a plain open does; reopen to shed it.
    if (!existsSync(path.join(options.dir, "PG_VERSION"))) {
      await (await PGlite.create(options.dir, { extensions })).close();
    }
    db = await PGlite.create(options.dir, { extensions });
    server = await serveOverTcp(db, options.host, options.port, options.maxConnections);
    post({ type: "ready", port: server.port });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    post({ type: "failed", message, code: errorCode(err) });
  }
}
const started = start();

parentPort!.on("message", (message) => {
  if (message !== "stop") return;
  void (async () => {
    // Never cut initdb or an open short: a half-written data directory does not open again.
    await started;
    await server?.close();
    if (db && !db.closed) await db.close();
    post({ type: "closed" });
  })();
});
