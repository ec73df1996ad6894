import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT as port, serverCommand, serverEnv } from "./e2e/server";
import { CHROMIUM_ARGS, chromiumPath } from "./lib/chromium";

// Run through `npm run test:e2e` (e2e/run.ts), which prepares and seeds the database, builds the
// app if needed and sets DATABASE_URL and E2E_PORT. e2e/two-instances.spec.ts starts a second
// server of its own on the next port.

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // A test's time budget, not an assertion: the longest journeys (a victim entered by one role
  // and looked for by another; an export with an axe scan of the whole report page) ran past 30 s
  // on this session's machine, which serves about two thirds of the sign-ins per second of the
  // one issue 15 was measured on (docs/performance.md). Every expectation keeps its own timeout.
  timeout: 60_000,
  // The wait of an expectation that has no timeout of its own: 10 s, not 5. A CI run failed a
  // spec whose sign-in had not answered at 5 s while two workers, the server and PostgreSQL
  // shared two cores. A longer wait only delays a failure; it never lets a wrong page pass.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records every action's DOM and a screencast of every test, and is thrown away when
    // the test passes: on two cores that is CPU the specs themselves wait for. CI keeps only its
    // printed output, so there it records none; locally a failure keeps its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
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
    command: serverCommand(port).flat().join(" "),
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: serverEnv(),
  },
});
