import { describe, expect, it } from "vitest";
import {
  pathOf,
  requestIdFrom,
  requestLine,
  routePatternOf,
  statusClass,
  type RoutePattern,
} from "./request-log";

// As Next's routes manifest writes them (static routes, then dynamic ones).
const routes: RoutePattern[] = [
  { page: "/", regex: /^\/(?:\/)?$/ },
  { page: "/victims", regex: /^\/victims(?:\/)?$/ },
  { page: "/api/metrics", regex: /^\/api\/metrics(?:\/)?$/ },
  { page: "/cases/[id]", regex: /^\/cases\/([^/]+?)(?:\/)?$/ },
  { page: "/api/reports/[year]/ctdc", regex: /^\/api\/reports\/([^/]+?)\/ctdc(?:\/)?$/ },
];

describe("requestIdFrom", () => {
  it("keeps a well-formed incoming id", () => {
    expect(requestIdFrom("3f1c9a2e-8b4d-4e7f-9a1b-2c3d4e5f6a7b")).toBe(
      "3f1c9a2e-8b4d-4e7f-9a1b-2c3d4e5f6a7b",
    );
    expect(requestIdFrom("lb:req.0042_x")).toBe("lb:req.0042_x");
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["a header injection", "abcdefgh\r\nSet-Cookie: x=1"],
    ["spaces and quotes", 'abc def "ghi"'],
    ["a repeated header", ["abcdefgh1", "abcdefgh2"]],
  ])("replaces a %s id with a new UUID", (_, header) => {
    const id = requestIdFrom(header);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(header);
  });
});

describe("routePatternOf", () => {
  it.each([
    ["/", "/"],
    ["/victims", "/victims"],
    ["/victims/", "/victims"],
    ["/cases/clx0a1b2c3", "/cases/[id]"],
    ["/cases/clx0a1b2c3.rsc", "/cases/[id]"],
    ["/api/reports/2017/ctdc", "/api/reports/[year]/ctdc"],
    ["/_next/static/chunks/abc123.js", "/_next/static"],
    ["/wp-admin/setup.php", "unmatched"],
    ["/cases/a/b/c", "unmatched"],
  ])("%s is %s", (path, pattern) => {
    expect(routePatternOf(path, routes)).toBe(pattern);
  });
});

describe("pathOf", () => {
  it("drops the query string and the fragment, where search terms live", () => {
    expect(pathOf("/victims?q=Sokha%20Chan&year=2017")).toBe("/victims");
    expect(pathOf("/cases#top")).toBe("/cases");
    expect(pathOf(undefined)).toBe("/");
    expect(pathOf(`/${"x".repeat(500)}`)).toHaveLength(200);
  });
});

describe("statusClass", () => {
  it("groups statuses into a handful of labels", () => {
    expect([200, 204, 302, 404, 499, 503, 42].map(statusClass)).toEqual([
      "2xx",
      "2xx",
      "3xx",
      "4xx",
      "4xx",
      "5xx",
      "other",
    ]);
  });
});

describe("requestLine", () => {
  it("holds ids, the method, the pattern, the status and the duration, and nothing else", () => {
    const line = requestLine({
      requestId: "req-00000001",
      userId: "usr_1",
      method: "GET",
      route: "/cases/[id]",
      status: 200,
      durationMs: 12.345,
    });
    expect(line).toEqual({
      requestId: "req-00000001",
      userId: "usr_1",
      method: "GET",
      route: "/cases/[id]",
      status: 200,
      durationMs: 12.3,
    });
  });

  it("says null for a request without a signed-in user", () => {
    const line = requestLine({ requestId: "r-000001", route: "/", status: 302, durationMs: 1 });
    expect(line.userId).toBeNull();
    expect(line.method).toBe("GET");
  });
});
