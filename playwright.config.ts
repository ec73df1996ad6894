import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./lib/chromium";

// Run through `npm run test:e2e` (e2e/run.ts), which prepares and seeds the database, builds the
// app if needed and sets DATABASE_URL and E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 3210);
// The metrics endpoint's token, shared by the server and the specs, which read process.env.
process.env.METRICS_TOKEN ??= "e2e-only-metrics-token";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    locale: "en-GB",
    timezoneId: "Asia/Phnom_Penh",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["setup"],
      testIgnore: /routes-fuzz\.spec\.ts/,
    },
    // The route fuzz compares whole-database fingerprints, so it runs alone, after the rest.
    {
      name: "fuzz",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /routes-fuzz\.spec\.ts/,
      dependencies: ["chromium"],
      fullyParallel: false,
    },
  ],
  webServer: {
    // The production server entry (as `npm start`), which finds the client's address.
    command: `node --import tsx lib/server/start.ts -p ${port}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-use",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      // The e2e database is the demo seed: the production server refuses it without this.
      ALLOW_DEMO_ACCOUNTS: "1",
      // /api/metrics answers only with this token (e2e/observability.spec.ts).
      METRICS_TOKEN: process.env.METRICS_TOKEN,
    },
  },
});
