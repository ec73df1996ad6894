// A parent for lib/embedded-db/lifetime.int.test.ts: starts an embedded database, prints its
// process id and port as one JSON line, and waits to be killed.
import { startEmbeddedDb } from "@/lib/embedded-db/start";

const db = await startEmbeddedDb({ dir: process.argv[2]!, port: 0 });
console.log(JSON.stringify({ pid: db.pid, port: db.port }));
setInterval(() => undefined, 60_000);
