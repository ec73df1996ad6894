// Serves one PGlite over the Postgres wire protocol to many clients (a pg pool, the migration
// tool, psql). PGlite has a single backend session, so clients must take turns.
//
// Not PGLiteSocketServer from @electric-sql/pglite-socket 0.2.17: it schedules single protocol
// messages across clients and pins a client only while an SQL transaction is open, so concurrent
// Parse/Bind/Execute batches interleave and pg clients receive each other's rows or
// 'portal "" does not exist' (electric-sql/pglite#1046, fix proposed in PR #977). Here a client
// holds the session from its first message until the backend reports ReadyForQuery idle.
import { createServer, type AddressInfo, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
// Messages whose reply ends with ReadyForQuery: Sync, Query, FunctionCall, CopyDone, CopyFail.
const ENDS_WITH_READY = new Set(["S", "Q", "F", "c", "f"].map((c) => c.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = Buffer.concat([Buffer.from([0x51, 0, 0, 0, 13]), Buffer.from("ROLLBACK\0")]);

/** FIFO ownership of the one session; a client keeps it across messages until it is idle. */
class SessionLock {
  private holder: Socket | undefined;
  private waiting: { socket: Socket; grant: () => void }[] = [];

  heldBy = (socket: Socket) => this.holder === socket;

  acquire(socket: Socket): Promise<void> {
    if (this.holder === undefined || this.holder === socket) {
      this.holder = socket;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ socket, grant }));
  }

  release(socket: Socket) {
    if (this.holder !== socket) return;
    const next = this.waiting.shift();
    this.holder = next?.socket;
    next?.grant();
  }
}

/** Runs one frontend message; returns the ReadyForQuery status ("I", "T", "E") if it ended so. */
async function exec(db: PGlite, message: Uint8Array, reply?: Socket): Promise<string | undefined> {
  let tail = Buffer.alloc(0);
  await db.runExclusive(() =>
    db.execProtocolRawStream(message, {
      onRawData: (data) => {
        const copy = Buffer.from(data); // data is a view into WASM memory that gets reused
        if (reply && !reply.destroyed) reply.write(copy);
        tail = Buffer.concat([tail, copy]).subarray(-6);
      },
    }),
  );
  const isReady = tail.length === 6 && tail[0] === 0x5a && tail.readInt32BE(1) === 5;
  return isReady ? String.fromCharCode(tail[5] ?? 0) : undefined;
}

/** Size of the next whole message: a type byte then a length, except the untyped first one. */
function frameLength(buffer: Buffer, started: boolean): number | undefined {
  if (!started) return buffer.length >= 4 ? buffer.readInt32BE(0) : undefined;
  return buffer.length >= 5 ? 1 + buffer.readInt32BE(1) : undefined;
}

/** Resolves once the client has gone and the session is handed back clean. */
function serveClient(db: PGlite, lock: SessionLock, socket: Socket): Promise<void> {
  let buffer = Buffer.alloc(0);
  let started = false;
  let chain = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch(() => void socket.destroy());
  };
  const run = (message: Buffer, endsWithReady: boolean) =>
    enqueue(async () => {
      await lock.acquire(socket);
      if (socket.destroyed) return;
      const status = await exec(db, message, socket);
      if (endsWithReady && status === "I") lock.release(socket);
    });

  socket.setNoDelay(true);
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const length = frameLength(buffer, started);
      if (length === undefined || buffer.length < length) return;
      if (length < (started ? 5 : 8)) return void socket.destroy(); // not a Postgres client
      const message = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      if (started) {
        if (message[0] === TERMINATE) return void socket.end();
        run(message, ENDS_WITH_READY.has(message[0] ?? 0));
        continue;
      }
      const code = message.readInt32BE(4);
      // No TLS here (loopback only): 'N' makes the client go on in plain text.
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) socket.write("N");
      else if (code === CANCEL_REQUEST) return void socket.destroy();
      else {
        started = true;
        run(message, true);
      }
    }
  });

  return new Promise((resolve) => {
    socket.once("close", () => {
      // Leave the session as the next client expects it: end any half-sent extended-protocol
      // batch, then roll back a transaction the client left open.
      enqueue(async () => {
        if (!lock.heldBy(socket)) return;
        try {
          if ((await exec(db, SYNC)) !== "I") await exec(db, ROLLBACK);
        } finally {
          lock.release(socket);
        }
      });
      void chain.then(resolve);
    });
  });
}

export type WireServer = { port: number; close(): Promise<void> };

export async function serveOverTcp(
  db: PGlite,
  host: string,
  port: number,
  maxConnections: number,
): Promise<WireServer> {
  const lock = new SessionLock();
  const sockets = new Set<Socket>();
  const finished = new Set<Promise<void>>();
  const server = createServer((socket) => {
    sockets.add(socket);
    const done = serveClient(db, lock, socket).finally(() => {
      sockets.delete(socket);
      finished.delete(done);
    });
    finished.add(done);
  });
  server.maxConnections = maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    // Resolves once no message can reach PGlite any more, so that it can be closed safely.
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await Promise.all([closed, ...finished]);
    },
  };
}
