// How the e2e suite starts the production server: Playwright's webServer (playwright.config.ts)
// and the second instance of e2e/two-instances.spec.ts, which must be the same build with the
// same database and the same AUTH_SECRET.

/** The port of Playwright's server (E2E_PORT), and the second instance's (the next one). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? E2E_PORT + 1);

/** The production server entry (as `npm start`), which finds the client's address. */
export function serverCommand(port: number): [string, string[]] {
  return ["node", ["--import", "tsx", "lib/server/start.ts", "-p", String(port)]];
}

// The metrics endpoint's token, shared by the servers and the specs, which read process.env.
process.env.METRICS_TOKEN ??= "e2e-only-metrics-token";

export function serverEnv(): Record<string, string> {
  return {
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-use",
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The e2e database is the demo seed: the production server refuses it without this.
    ALLOW_DEMO_ACCOUNTS: "1",
    // /api/metrics answers only with this token (e2e/observability.spec.ts).
    METRICS_TOKEN: process.env.METRICS_TOKEN ?? "",
    // Warnings and errors only: a line per request, thousands in a run, buried the failures in
    // CI's output. e2e/observability.spec.ts starts a server of its own at "info" to read them.
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
  };
}
