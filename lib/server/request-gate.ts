import type { IncomingMessage, ServerResponse } from "node:http";
import { metrics } from "@/lib/observability/metrics";

// Load shedding for the production server. Under more load than two cores can render, requests
// queued without limit: each one waiting on the database pool or half rendered held its query
// results and its page in memory, and a client that gave up (a timeout, a closed tab) left its
// request running. The heap grew with the backlog (to 1.27 GB, in issue 15) and the allocator
// kept the pages. The gate bounds that work: at most `running` requests are handled at once, at
// most `queued` wait, in order, and the rest are refused at once with a 503; a waiting request
// whose client has gone is dropped, never started.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | void;

export type GateLimits = { running: number; queued: number };

/** Paths that bypass the gate: cheap, and monitoring must be answered under load. A path with a
 * dot segment, or an encoded dot, slash or backslash, is gated like any page, so that no spelling
 * of a page's path (/_next/static/../../cases) can pass as a static file. (Chunks' own names hold
 * other encoded characters: /_next/static/chunks/app/cases/%5Bid%5D/….) */
const UNGATED = [/^\/_next\/static\//, /^\/api\/health(?:\?|$)/, /^\/api\/metrics(?:\?|$)/];
const DISGUISED = /(?:^|\/)\.\.?(?:\/|$)|%2e|%2f|%5c|\\/i;

function ungated(url: string): boolean {
  const path = url.split("?", 1)[0]!;
  return !DISGUISED.test(path) && UNGATED.some((p) => p.test(url));
}

/** MAX_CONCURRENT_REQUESTS and MAX_QUEUED_REQUESTS, each a positive integer, or its default. */
export function gateLimitsFrom(env: Record<string, string | undefined>): GateLimits {
  const read = (raw: string | undefined, fallback: number) => {
    const n = Number(raw);
    return raw?.trim() && Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return {
    running: read(env.MAX_CONCURRENT_REQUESTS, 16),
    queued: read(env.MAX_QUEUED_REQUESTS, 256),
  };
}

const gone = (res: ServerResponse) => res.destroyed || res.writableEnded;

function refuse(res: ServerResponse) {
  res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" });
  res.end("The server is busy. Try again in a few seconds.\n");
}

/** Wraps `handler` so that at most `limits.running` of its requests run at once. */
export function gateRequests(handler: Handler, limits: GateLimits): Handler {
  const gauge = metrics().httpInFlight;
  const waiting: { req: IncomingMessage; res: ServerResponse }[] = [];
  const running = new Set<ServerResponse>();
  const count = () => {
    const abandoned = [...running].filter(gone).length;
    gauge.set({ state: "running" }, running.size - abandoned);
    gauge.set({ state: "abandoned" }, abandoned);
    gauge.set({ state: "queued" }, waiting.length);
  };

  const start = (req: IncomingMessage, res: ServerResponse) => {
    running.add(res);
    count();
    // The slot is freed when the response is over, finished or closed by a client that left, or
    // when the handler settles, whichever comes first: Next's handler does not always settle for
    // a request whose client went away (an aborted prefetch), and a slot held for ever by one
    // would shrink the gate until every request waited.
    let freed = false;
    const free = () => {
      if (freed) return;
      freed = true;
      running.delete(res);
      next();
      count();
    };
    res.once("close", free);
    void Promise.resolve()
      .then(() => handler(req, res))
      .catch(() => {}) // Next answers its own errors; a rejection here has nothing left to send.
      .finally(free);
  };

  const next = () => {
    while (running.size < limits.running && waiting.length > 0) {
      const turn = waiting.shift()!;
      if (!gone(turn.res)) start(turn.req, turn.res);
    }
  };

  return (req, res) => {
    if (ungated(req.url ?? "")) return handler(req, res);
    if (running.size < limits.running) return start(req, res);
    if (waiting.length >= limits.queued) return refuse(res);
    waiting.push({ req, res });
    count();
  };
}
