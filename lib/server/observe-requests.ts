import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { metrics } from "@/lib/observability/metrics";
import { runWithRequestContext, type RequestContext } from "@/lib/observability/request-context";
import {
  pathOf,
  REQUEST_ID_HEADER,
  requestIdFrom,
  requestLine,
  routePatternOf,
  statusClass,
  type RoutePattern,
} from "./request-log";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | void;

/**
 * Wraps the server's handler: each request gets an id (the proxy's, if well formed; echoed in
 * X-Request-Id), runs in a request context that the session lookup writes the user's id into,
 * and, when its response is finished or its client has gone, is written as one JSON line and
 * timed in ctip_http_request_duration_seconds.
 */
export function observeRequests(handler: Handler, log: Logger, routes: RoutePattern[]): Handler {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const context: RequestContext = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]) };
    // Next reads the header too, so what the app logs carries the same id.
    req.headers[REQUEST_ID_HEADER] = context.requestId;
    res.setHeader("X-Request-Id", context.requestId);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // A client that left before the response ended is logged as 499, as nginx does.
      const status = res.writableFinished ? res.statusCode : 499;
      const route = routePatternOf(pathOf(req.url), routes);
      const method = req.method ?? "GET";
      metrics().httpDuration.observe(
        { method, route, status: statusClass(status) },
        durationMs / 1000,
      );
      const line = requestLine({ ...context, method, route, status, durationMs });
      log.info(line, "request");
    };
    res.once("finish", finish);
    res.once("close", finish);
    void runWithRequestContext(context, () => handler(req, res));
  };
}
