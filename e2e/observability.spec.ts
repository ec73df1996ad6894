import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { demoUser } from "./roles";

// Issue 15: the metrics endpoint answers only its token's holder, and the production server
// writes one JSON line per request naming the user by id, never by name or email.

test.use({ storageState: { cookies: [], origins: [] } });

const METRICS_TOKEN = process.env.METRICS_TOKEN ?? "";

test("GET /api/metrics: 401 without the token or with another, the Prometheus text with it", async ({
  request,
}) => {
  expect(METRICS_TOKEN, "playwright.config.ts sets METRICS_TOKEN for the server").not.toBe("");
  const get = (authorization?: string) =>
    request.get("/api/metrics", {
      headers: authorization ? { authorization } : {},
      maxRedirects: 0,
    });
  expect((await get()).status()).toBe(401);
  expect((await get(`Bearer ${METRICS_TOKEN}x`)).status()).toBe(401);
  expect((await get(`Basic ${METRICS_TOKEN}`)).status()).toBe(401);

  await get(`Bearer ${METRICS_TOKEN}`);
  const response = await get(`Bearer ${METRICS_TOKEN}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.text();
  for (const name of [
    "ctip_http_request_duration_seconds",
    "ctip_audit_lock_wait_seconds",
    "ctip_db_pool_connections",
    "ctip_db_slow_queries_total",
    "process_resident_memory_bytes",
  ]) {
    expect(body).toContain(`# TYPE ${name}`);
  }
  // The server's own timing of the earlier scrape: the server entry and Next share the registry.
  expect(body).toMatch(/ctip_http_request_duration_seconds_count\{[^}]*route="\/api\/metrics"/);
  expect(body).not.toContain("@demo.ncct.test");
});

/** A second production server, its output kept, with every query logged as slow. */
function startLoggedServer(port: number): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn("node", ["--import", "tsx", "lib/server/start.ts", "-p", String(port)], {
    // The specs' own environment lacks what playwright.config.ts gives its web server.
    env: {
      ...process.env,
      AUTH_SECRET: "e2e-only-secret-not-for-production-use",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ALLOW_DEMO_ACCOUNTS: "1",
      LOG_LEVEL: "info",
      SLOW_QUERY_MS: "0",
      METRICS_TOKEN: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** Resolves once the server listens; fails at once, with its output, if it exits instead. */
function waitForReady(server: ReturnType<typeof startLoggedServer>, port: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (server.output().includes(`http://localhost:${port}`)) {
        clearInterval(timer);
        resolve();
      }
    }, 200);
    server.child.once("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`The server exited (${code}):\n${server.output()}`));
    });
  });
}

test("a request is logged as one JSON line: its id, the user's id, the route, status and duration", async ({
  playwright,
}) => {
  test.setTimeout(180_000);
  const port = Number(process.env.E2E_PORT ?? 3210) + 10;
  const server = startLoggedServer(port);
  try {
    await waitForReady(server, port);
    const request = await playwright.request.newContext({ baseURL: `http://localhost:${port}` });
    const user = demoUser("MANAGER");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: user.email, password: user.password },
      maxRedirects: 0,
    });
    const search = "ObsSearchTerm";
    const page = await request.get(`/victims?year=2017&q=${search}`, {
      headers: { "x-request-id": "e2e-obs-request-0001" },
    });
    expect(page.status()).toBe(200);
    expect(page.headers()["x-request-id"]).toBe("e2e-obs-request-0001");
    await request.dispose();

    const lines = () =>
      server
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    await expect
      .poll(() =>
        lines().find((l) => l.requestId === "e2e-obs-request-0001" && l.msg === "request"),
      )
      .toBeDefined();
    const line = lines().find(
      (l) => l.requestId === "e2e-obs-request-0001" && l.msg === "request",
    )!;

    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const { rows } = await db
      .query<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [user.email])
      .finally(() => db.end());
    expect(line).toMatchObject({
      userId: rows[0]!.id,
      method: "GET",
      route: "/victims",
      status: 200,
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    // Every query was logged as slow: their SQL, never their values (the email, the search term).
    expect(lines().some((l) => l.msg === "slow query" && typeof l.sql === "string")).toBe(true);
    const all = server.output();
    for (const secret of [user.email, user.name, user.password, search]) {
      expect(all).not.toContain(secret);
    }
  } finally {
    server.child.kill("SIGTERM");
  }
});
