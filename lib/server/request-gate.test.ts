import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { gateLimitsFrom, gateRequests } from "./request-gate";

/** A response as the gate sees it: whether its client is gone, what was written to it, and its
 * "close" event (emitted when it ends or its client leaves). */
function fakeResponse() {
  const res = Object.assign(new EventEmitter(), {
    destroyed: false,
    writableEnded: false,
    status: 0,
    writeHead(status: number) {
      res.status = status;
      return res;
    },
    end() {
      res.writableEnded = true;
      return res;
    },
  });
  return res;
}

const request = (url = "/victims") => ({ url }) as IncomingMessage;

/** A handler whose requests finish only when the test says so. */
function heldHandler() {
  const started: string[] = [];
  const release: (() => void)[] = [];
  let peak = 0;
  let running = 0;
  const handler = (req: IncomingMessage) => {
    started.push(req.url!);
    peak = Math.max(peak, ++running);
    return new Promise<void>((done) =>
      release.push(() => {
        running--;
        done();
      }),
    );
  };
  return { handler, started, release, peak: () => peak };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("gateRequests", () => {
  it("runs at most `running` at once, queues at most `queued`, and refuses the rest with a 503", async () => {
    const held = heldHandler();
    const gate = gateRequests(held.handler, { running: 2, queued: 3 });
    const responses = Array.from({ length: 10 }, () => fakeResponse());
    responses.forEach((res, i) => void gate(request(`/r${i}`), res as unknown as ServerResponse));
    await settle();

    expect(held.started).toEqual(["/r0", "/r1"]);
    expect(responses.filter((r) => r.status === 503)).toHaveLength(5);
    expect(responses.slice(5).every((r) => r.status === 503)).toBe(true);

    // Each finished request lets the next waiting one in, in order, never more than two at once.
    while (held.release.length) {
      held.release.shift()!();
      await settle();
    }
    expect(held.started).toEqual(["/r0", "/r1", "/r2", "/r3", "/r4"]);
    expect(held.peak()).toBe(2);
  });

  it("drops a waiting request whose client has gone, without starting it", async () => {
    const held = heldHandler();
    const gate = gateRequests(held.handler, { running: 1, queued: 5 });
    const [a, b, c] = [fakeResponse(), fakeResponse(), fakeResponse()];
    void gate(request("/a"), a as unknown as ServerResponse);
    void gate(request("/b"), b as unknown as ServerResponse);
    void gate(request("/c"), c as unknown as ServerResponse);
    await settle();
    b.destroyed = true; // the client timed out while waiting

    held.release.shift()!();
    await settle();
    expect(held.started).toEqual(["/a", "/c"]);
  });

  it("lets static files and the monitoring endpoints past a full gate", async () => {
    const held = heldHandler();
    const gate = gateRequests(held.handler, { running: 1, queued: 0 });
    void gate(request("/cases"), fakeResponse() as unknown as ServerResponse);
    const refused = fakeResponse();
    void gate(request("/victims"), refused as unknown as ServerResponse);
    for (const url of [
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/app/cases/%5Bid%5D/page.js",
      "/api/health",
      "/api/metrics",
    ]) {
      void gate(request(url), fakeResponse() as unknown as ServerResponse);
    }
    await settle();
    expect(refused.status).toBe(503);
    expect([...held.started].sort()).toEqual(
      [
        "/cases",
        "/_next/static/chunks/a.js",
        "/_next/static/chunks/app/cases/%5Bid%5D/page.js",
        "/api/health",
        "/api/metrics",
      ].sort(),
    );
  });

  it("gates a page's path spelled as a static file's (dot segments, encoded characters)", async () => {
    const held = heldHandler();
    const gate = gateRequests(held.handler, { running: 1, queued: 0 });
    void gate(request("/cases"), fakeResponse() as unknown as ServerResponse);
    const disguised = [
      "/_next/static/../../victims",
      "/_next/static/./../cases",
      "/_next/static/..%2f..%2fvictims",
      "/_next/static/%2e%2e/suspects",
      "/_next/static/..\\..\\referrals",
      "/api/health/../../victims",
    ];
    const refused = disguised.map((url) => {
      const res = fakeResponse();
      void gate(request(url), res as unknown as ServerResponse);
      return res;
    });
    await settle();
    expect(refused.map((r) => r.status)).toEqual(disguised.map(() => 503));
    expect(held.started).toEqual(["/cases"]);
  });
});

describe("gateLimitsFrom", () => {
  it("reads positive integers and falls back to the defaults", () => {
    expect(gateLimitsFrom({})).toEqual({ running: 16, queued: 256 });
    expect(gateLimitsFrom({ MAX_CONCURRENT_REQUESTS: "8", MAX_QUEUED_REQUESTS: "50" })).toEqual({
      running: 8,
      queued: 50,
    });
    expect(gateLimitsFrom({ MAX_CONCURRENT_REQUESTS: "0", MAX_QUEUED_REQUESTS: "x" })).toEqual({
      running: 16,
      queued: 256,
    });
  });

  it("frees a slot when its client leaves, even if the handler never settles", async () => {
    const held = heldHandler();
    const gate = gateRequests(held.handler, { running: 1, queued: 5 });
    const [a, b] = [fakeResponse(), fakeResponse()];
    void gate(request("/a"), a as unknown as ServerResponse);
    void gate(request("/b"), b as unknown as ServerResponse);
    await settle();
    expect(held.started).toEqual(["/a"]);
    a.destroyed = true;
    a.emit("close"); // an aborted prefetch: Next's handler for /a is still pending
    await settle();
    expect(held.started).toEqual(["/a", "/b"]);
  });
});
