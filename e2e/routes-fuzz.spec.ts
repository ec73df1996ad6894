import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import fc from "fast-check";
import {
  auditDelta,
  changedTables,
  fingerprintPool,
  takeFingerprint,
} from "@/lib/testing/fuzz/db-fingerprint";
import { ROUTE_TARGETS, type RouteCase } from "@/lib/testing/fuzz/route-targets";
import type { RouteRole } from "@/lib/testing/fuzz/route-values";
import { assertFuzz, fuzzRuns, notSkipped } from "@/lib/testing/fuzz/run-fuzz";
import { demoUser } from "./roles";
import { signIn } from "./sign-in";

// Issue 9: every route handler under app/api (listed from the files, so a new one without
// generators fails here) and each method it exports, under generated hostile paths, queries,
// headers and bodies, sent by each role and by no one. No 5xx; a hostile request is refused;
// the database changes only by what the route may write (an export's or a refusal's audit row).
// Runs in the "fuzz" project, after every other spec, so the database is quiet around it.

const RUNS = 25;
const API = path.resolve("app/api");
const routes = readdirSync(API, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("route.ts"))
  .map((f) => {
    const source = readFileSync(path.join(API, f), "utf8");
    // `export const GET = …`, `export async function POST(…)` or `export { GET, POST } from …`.
    const declared = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)];
    const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(","));
    const methods = [
      ...declared.map((m) => m[1]!),
      ...listed.map((n) => n.trim().split(/\s+/).at(-1)!),
    ].filter((n) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(n));
    return { route: `/api/${path.dirname(f)}`, methods: [...new Set(methods)] };
  });

const pool = fingerprintPool();
const contexts = {} as Record<RouteRole, APIRequestContext>;

async function signedIn(browser: Browser, role: Exclude<RouteRole, "anonymous">) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoUser(role).email, demoUser(role).password);
  return context.request;
}

// One worker, in file order (the project is not fully parallel); not "serial", which would skip
// the remaining routes after one fails.
test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  // Sessions of their own: another spec may have signed the stored ones out.
  for (const role of ["STAFF", "MANAGER", "AUDITOR"] as const)
    contexts[role] = await signedIn(browser, role);
  contexts.anonymous = await playwright.request.newContext({ baseURL });
});
test.afterAll(async () => {
  await pool.end();
});

async function send(c: RouteCase) {
  const request = contexts[c.role];
  const form: Record<string, string> = {};
  if (c.csrf)
    form.csrfToken = (
      (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }
    ).csrfToken;
  const body = c.body;
  const response = await request.fetch(c.url, {
    method: c.method,
    headers: {
      ...c.headers,
      ...(body?.kind === "raw" ? { "Content-Type": body.contentType } : {}),
    },
    failOnStatusCode: false,
    maxRedirects: 0,
    timeout: 60_000,
    ...(body?.kind === "file" && {
      multipart: {
        file: { name: body.name, mimeType: "text/csv", buffer: Buffer.from(body.text) },
      },
    }),
    ...(body?.kind === "bytes" && {
      multipart: {
        file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(body.size, 0x41) },
      },
    }),
    ...(body?.kind === "raw" && { data: body.data }),
    ...(body?.kind === "form" && { form: { ...body.fields, ...form } }),
  });
  return { status: response.status(), text: await response.text() };
}

/** An import answers 200 and streams its result: a refusal is `"ok":false` on the last line. */
function refusedInBody(text: string): boolean {
  const last = text.trim().split("\n").at(-1) ?? "";
  try {
    return (JSON.parse(last) as { result?: { ok?: boolean } }).result?.ok === false;
  } catch {
    return false;
  }
}

async function checkRoute(c: RouteCase) {
  const before = await takeFingerprint(pool);
  const { status, text } = await send(c);
  const after = await takeFingerprint(pool);
  const said = `${c.method} ${c.url.slice(0, 300)} as ${c.role} → ${status}: ${text.slice(0, 300)}`;
  expect(status, said).toBeLessThan(500);
  if (c.mustRefuse) {
    expect(status >= 400 || refusedInBody(text), `refused: ${said}`).toBe(true);
  }
  const allowed = new Set([...c.writes, ...(c.maxAudit > 0 ? ["audit_event"] : [])]);
  expect(
    changedTables(before, after).filter((t) => !allowed.has(t)),
    said,
  ).toEqual([]);
  expect(auditDelta(before, after), said).toBeLessThanOrEqual(c.maxAudit);
}

test("every route handler has a generator for each method", () => {
  expect(routes.length).toBeGreaterThanOrEqual(6);
  for (const { route, methods } of routes) {
    for (const method of methods) {
      expect(
        ROUTE_TARGETS[route]?.[method as "GET" | "POST"],
        `add ${method} ${route} to lib/testing/fuzz/route-targets.ts`,
      ).toBeDefined();
    }
  }
});

for (const { route, methods } of routes) {
  for (const method of methods) {
    const title = `${method} ${route}: no 5xx, hostile requests refused, only expected writes`;
    test(title, async () => {
      test.setTimeout(300_000);
      const cases = ROUTE_TARGETS[route]?.[method as "GET" | "POST"];
      expect(cases, "a generator (see the test above)").toBeDefined();
      await assertFuzz(
        fc.asyncProperty(cases!.filter(notSkipped), (c) => checkRoute(c)),
        {
          runs: fuzzRuns(RUNS),
          key: title,
          replay: `E2E_PORT=… npm run test:e2e -- e2e/routes-fuzz.spec.ts --no-deps -g ${JSON.stringify(title)}`,
        },
      );
    });
  }
}
