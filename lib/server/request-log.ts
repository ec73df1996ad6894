import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// The pure parts of the request log (lib/server/observe-requests.ts): the request's id, the
// route pattern it matched, and the line written for it. The route is a pattern (/cases/[id]),
// never the raw path or its query string, which can hold search terms: a victim's name typed into
// a list's search box. Patterns also keep the metrics' route label to a bounded set.

export const REQUEST_ID_HEADER = "x-request-id";

/** An id a proxy or load balancer set (a UUID, or similar): letters, digits and . _ : -. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming X-Request-Id if it is well formed (one value, safe to echo and log), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && WELL_FORMED_ID.test(header) ? header : randomUUID();
}

export type RoutePattern = { page: string; regex: RegExp };

/** Next's own routes, from the build's routes manifest: static pages, then dynamic ones. */
export function readRoutePatterns(distDir: string): RoutePattern[] {
  type Entry = { page: string; regex: string };
  const manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as {
    staticRoutes?: Entry[];
    dynamicRoutes?: Entry[];
  };
  return [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((r) => ({
    page: r.page,
    regex: new RegExp(r.regex),
  }));
}

/** The route a path matched, as its pattern; "unmatched" for anything else, so that a scan of
 * made-up paths cannot grow the metrics. */
export function routePatternOf(pathname: string, routes: RoutePattern[]): string {
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/image")) return "/_next/image";
  // Next serves a page's RSC payload at its path with .rsc, or with an RSC header at the path.
  const page = pathname.endsWith(".rsc") ? pathname.slice(0, -4) || "/" : pathname;
  const trimmed = page.length > 1 && page.endsWith("/") ? page.slice(0, -1) : page;
  return routes.find((r) => r.regex.test(trimmed))?.page ?? "unmatched";
}

/** The path without its query string (and at most 200 characters of it). */
export function pathOf(url: string | undefined): string {
  const raw = url ?? "/";
  const end = raw.search(/[?#]/);
  return (end >= 0 ? raw.slice(0, end) : raw).slice(0, 200);
}

/** "2xx", "4xx", …: the metrics' status label, a handful of values. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";
}

export type RequestLine = {
  requestId: string;
  userId: string | null;
  method: string;
  route: string;
  status: number;
  durationMs: number;
};

/** The fields of one request's log line: ids, never names or emails; a pattern, never a query. */
export function requestLine(fields: {
  requestId: string;
  userId?: string;
  method?: string;
  route: string;
  status: number;
  durationMs: number;
}): RequestLine {
  return {
    requestId: fields.requestId,
    userId: fields.userId ?? null,
    method: fields.method ?? "GET",
    route: fields.route,
    status: fields.status,
    durationMs: Math.round(fields.durationMs * 10) / 10,
  };
}
