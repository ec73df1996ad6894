// `npm start`: the production server. It is Next's own request handler behind a plain Node HTTP
// server, for one reason: only here is the socket's address known. Inside Next, a forged
// X-Forwarded-For cannot be told from the one Next fills in (docs/decisions/0021).
import { createServer } from "node:http";
import nextEnv from "@next/env";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseTrustedHops, stampClientAddress, trustClientAddressHeader } from "./client-address";
import { isValidHost, sanitiseForwardedHeaders } from "./forwarded-headers";
import { logger } from "@/lib/observability/logger";
import { observeRequests } from "./observe-requests";
import { productionRefusals } from "./preflight";
import { applyKeepAlive } from "./keep-alive";
import { gateLimitsFrom, gateRequests } from "./request-gate";
import { readRoutePatterns } from "./request-log";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHUTDOWN_GRACE_MS = 10_000;

function portFrom(args: string[]): number {
  const flag = args.findIndex((a) => a === "-p" || a === "--port");
  const raw = flag >= 0 ? args[flag + 1] : process.env.PORT;
  const port = Number(raw ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${raw} is not a TCP port (1–65535).`);
  }
  return port;
}

async function main() {
  const port = portFrom(process.argv.slice(2));
  // As `next start` does; Next reads it as its modules load, so it is imported only after this.
  Object.assign(process.env, { NODE_ENV: "production" });
  // The .env files Next would load, loaded the same way now, so that the server refuses a bad
  // configuration before it spends seconds preparing.
  nextEnv.loadEnvConfig(ROOT, false, { info: () => {}, error: console.error });
  const refusals = await productionRefusals(process.env);
  if (refusals.length) {
    console.error(`Refusing to serve:\n${refusals.map((r) => `  - ${r}`).join("\n")}`);
    process.exit(1);
  }
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Read once Next has loaded the .env files; a typo stops the server before it listens.
  const hops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);
  trustClientAddressHeader();

  const routes = readRoutePatterns(path.join(ROOT, ".next"));

  // Logged and timed outside the gate, so that a request it refuses (503) is too.
  const handleObserved = observeRequests(
    gateRequests((req, res) => handle(req, res), gateLimitsFrom(process.env)),
    logger(),
    routes,
  );
  const server = createServer((req, res) => {
    // Next and Auth.js build URLs from the Host header: a malformed one is the client's error.
    if (!isValidHost(req.headers.host ?? "")) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad Host header.\n");
      return;
    }
    sanitiseForwardedHeaders(req.headers, hops);
    stampClientAddress(req.headers, req.socket.remoteAddress, hops);
    void handleObserved(req, res);
  });
  applyKeepAlive(server);
  // HOST names the interface (127.0.0.1 behind a reverse proxy on the same machine); unset, all.
  const host = process.env.HOST || undefined;
  server.listen(port, host, () => {
    console.log(
      `▲ Ready on http://${host ?? "localhost"}:${port}${host ? "" : " (all interfaces)"} (trusted proxy hops: ${hops})`,
    );
  });

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
