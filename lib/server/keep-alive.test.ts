import { once } from "node:events";
import { Agent, createServer, request, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { applyKeepAlive, HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS } from "./keep-alive";

let server: Server | undefined;
afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
});

/** One GET on `agent`, resolving to the socket it went over once its answer has been read. */
async function get(port: number, agent: Agent): Promise<Socket> {
  const req = request({ port, agent, path: "/" });
  req.end();
  const [res] = (await once(req, "response")) as [import("node:http").IncomingMessage];
  res.resume();
  await once(res, "end");
  return req.socket as Socket;
}

describe("the production server's keep-alive", () => {
  it("outlasts a load balancer's 60 s, and the headers' limit outlasts it", () => {
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(HEADERS_TIMEOUT_MS).toBeGreaterThan(KEEP_ALIVE_TIMEOUT_MS);
    const s = applyKeepAlive(createServer());
    expect([s.keepAliveTimeout, s.headersTimeout]).toEqual([
      KEEP_ALIVE_TIMEOUT_MS,
      HEADERS_TIMEOUT_MS,
    ]);
  });

  it("keeps an idle connection past Node's 5 s default, so the next request reuses it", async () => {
    server = applyKeepAlive(createServer((_req, res) => res.end("ok")));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(port, agent);
      // Past Node's default: with it, the server would have closed the socket by now.
      await sleep(7_000);
      expect(first.destroyed).toBe(false);
      const second = await get(port, agent);
      expect(second).toBe(first);
    } finally {
      agent.destroy();
    }
  }, 15_000);
});
