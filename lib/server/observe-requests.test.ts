import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { noteRequestUser } from "@/lib/observability/request-context";
import { createMemoryLog } from "@/lib/testing/memory-log";
import { observeRequests } from "./observe-requests";

const routes = [{ page: "/victims/[id]", regex: /^\/victims\/([^/]+?)(?:\/)?$/ }];
let server: Server | undefined;

afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server whose handler, like the app's session lookup, learns the user after an await. */
async function serve() {
  const memory = createMemoryLog();
  const handler = observeRequests(
    (req, res) => {
      void (async () => {
        await new Promise((r) => setTimeout(r, 5));
        if (req.headers.cookie === "session=1") noteRequestUser("usr_42");
        res.writeHead(req.url?.includes("missing") ? 404 : 200).end("ok");
      })();
    },
    createLogger(memory),
    routes,
  );
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { memory, base: `http://127.0.0.1:${port}` };
}

async function countOf(route: string, status: string) {
  const { values } = await metrics().httpDuration.get();
  return (
    values.find(
      (v) =>
        v.metricName === "ctip_http_request_duration_seconds_count" &&
        v.labels.route === route &&
        v.labels.status === status,
    )?.value ?? 0
  );
}

describe("observeRequests", () => {
  it("writes one line per request: its id, the user's id, the route pattern, status and time", async () => {
    const { memory, base } = await serve();
    const before = await countOf("/victims/[id]", "2xx");
    const response = await fetch(`${base}/victims/v123?q=Sokha%20Chan`, {
      headers: { cookie: "session=1", "x-request-id": "proxy-req-0001" },
    });
    expect(response.headers.get("x-request-id")).toBe("proxy-req-0001");
    await response.text();
    // The line is written on the response's "finish", which may come just after the client has it.
    await vi.waitFor(() => expect(memory.lines).toHaveLength(1));
    const line = memory.lines[0]!;
    expect(line).toMatchObject({
      msg: "request",
      requestId: "proxy-req-0001",
      userId: "usr_42",
      method: "GET",
      route: "/victims/[id]",
      status: 200,
    });
    expect(line.durationMs).toBeGreaterThan(0);
    expect(JSON.stringify(line)).not.toMatch(/Sokha|q=|v123/);
    expect(await countOf("/victims/[id]", "2xx")).toBe(before + 1);
  });

  it("gives a request without a usable id a new one, and no user when none signed in", async () => {
    const { memory, base } = await serve();
    const response = await fetch(`${base}/nowhere/missing`, {
      headers: { "x-request-id": "bad id" },
    });
    await response.text();
    await vi.waitFor(() => expect(memory.lines).toHaveLength(1));
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(memory.lines[0]).toMatchObject({
      requestId: id,
      userId: null,
      route: "unmatched",
      status: 404,
    });
  });
});
