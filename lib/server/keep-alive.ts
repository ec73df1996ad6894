import type { Server } from "node:http";

// How long the production server keeps an idle connection open. Node closes one after 5 s by
// default, and a client that sends its next request on it just then (a proxy's pooled upstream
// connection, or a test's API client after a few seconds' pause) has the request reset instead of
// answered: ECONNRESET, or a 502 from nginx. The rule behind any proxy or load balancer that
// keeps connections (nginx's upstream keepalive, a cloud balancer's 60 s idle timeout) is that
// the server must keep a connection longer than the client does, so the client always closes
// first. Headers must still arrive within their own, longer, limit.

/** Idle keep-alive connections are kept 65 s: longer than the usual 60 s of a load balancer. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** The time a request's headers may take; Node requires it to exceed the keep-alive timeout. */
export const HEADERS_TIMEOUT_MS = 66_000;

export function applyKeepAlive(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return server;
}
