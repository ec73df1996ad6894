// The embedded database's own process, started by startEmbeddedDb() in embedded-db.ts. It owns
// the data directory: opens PGlite, serves it on TCP, and closes it cleanly when told to over IPC
// or when its parent disappears.
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock } from "@/lib/cli/embedded-db-lock";
import { pgliteExtensions as extensions } from "@/lib/cli/pglite-extensions";
import { serveOverTcp, type WireServer } from "@/lib/cli/pglite-wire-server";

export type ChildOptions = { dir: string; host: string; port: number; maxConnections: number };
export type ChildMessage =
  { type: "ready"; port: number } | { type: "failed"; message: string; code?: string };

function errorCode(err: unknown): string | undefined {
  return err instanceof Error && "code" in err && typeof err.code === "string"
    ? err.code
    : undefined;
}

// The parent may have gone while the database was starting: then nobody is listening.
const send = (message: ChildMessage) => process.connected && process.send?.(message);
const options = JSON.parse(process.argv[2] ?? "{}") as ChildOptions;
let db: PGlite | undefined;
let server: WireServer | undefined;
let releaseLock: (() => Promise<void>) | undefined;
let closing: Promise<void> | undefined;

async function start() {
  try {
    releaseLock = await acquireDataDirLock(options.dir);
    // initdb leaves PGlite's WASM heap ~400 MB larger than a plain open does; reopen to shed it.
    if (!existsSync(path.join(options.dir, "PG_VERSION"))) {
      await (await PGlite.create(options.dir, { extensions })).close();
    }
    db = await PGlite.create(options.dir, { extensions });
    server = await serveOverTcp(db, options.host, options.port, options.maxConnections);
    send({ type: "ready", port: server.port });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    send({ type: "failed", message, code: errorCode(err) });
    close(1);
  }
}
const started = start();

function close(code: number) {
  closing ??= (async () => {
    // Never cut initdb or an open short: a half-written data directory does not open again.
    await started;
    await server?.close();
    if (db && !db.closed) await db.close();
    await releaseLock?.();
    process.exit(code);
  })();
}

// Ctrl-C reaches the whole process group; the parent decides when the database closes (after
// the app that uses it has stopped), so SIGINT is ignored here.
process.on("SIGINT", () => undefined);
process.on("SIGTERM", () => close(0));
process.on("message", (message) => {
  if (message === "stop") close(0);
});
process.on("disconnect", () => close(0));
