import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { expect as baseExpect, expectAccessible, test } from "./fixtures";
import { demoUser } from "./roles";
import { signIn } from "./sign-in";
import { E2E_PORT, E2E_SECOND_PORT, serverCommand, serverEnv } from "./server";

// Two instances of the app, the same build on the same database with the same AUTH_SECRET, serve
// one signed-in session in turns, as behind a load balancer without sticky sessions: everything a
// session needs is in its cookie and the database (sessions, sign-in limits, the audit chain).
// The browser sends localhost's cookies to both ports, as it would to one host name.
const A = `http://localhost:${E2E_PORT}`;
const B = `http://localhost:${E2E_SECOND_PORT}`;
let second: ChildProcess | undefined;
// Each page and action runs first on a cold server here (B's routes are compiled on first use),
// on a machine the whole suite shares.
const expect = baseExpect.configure({ timeout: 30_000 });

async function waitUntilServing(url: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`The second server exited (${server.exitCode}).`);
    const ok = await fetch(`${url}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The second server did not answer at ${url} within two minutes.`);
}

test.describe("two app instances", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    const [command, args] = serverCommand(E2E_SECOND_PORT);
    second = spawn(command, args, { env: { ...process.env, ...serverEnv() }, stdio: "ignore" });
    await waitUntilServing(B, second);
  });

  test.afterAll(async () => {
    if (!second || second.exitCode !== null) return;
    const exited = once(second, "exit");
    second.kill("SIGTERM");
    await exited;
  });

  test("serve one session alternately: sign in on A, save on B, read on A, sign out on B", async ({
    page,
    browser,
  }) => {
    // Two servers' cold starts (routes compiled on first use, argon2) on a shared machine.
    test.setTimeout(240_000);
    const staff = demoUser("STAFF");
    // The first sign-in after a server starts also warms it up (argon2, routes, the pool).
    await signIn(page, staff.email, staff.password, A);
    expect(page.url()).toBe(`${A}/`);

    // B knows the session A started.
    await page.goto(`${B}/cases`);
    await expect(page).toHaveURL(`${B}/cases`);
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
    await expectAccessible(page);

    // A case created and then edited on B.
    const unit = `Two-instance unit ${randomUUID().slice(0, 8)}`;
    await page.goto(`${B}/cases/new`);
    await page.getByLabel("Offence").selectOption("LABOUR_EXPLOITATION");
    await page.getByLabel("Lead agency").fill("Anti-Human Trafficking Police");
    await page.getByLabel("Crack-down date").fill("2014-06-01");
    await page.getByRole("button", { name: "Create case" }).click();
    const heading = page.getByRole("heading", { level: 1, name: /^Case PNP-2014-\d{4}$/ });
    await expect(heading).toBeVisible();
    const reference = (await heading.textContent())!.replace("Case ", "");
    const casePath = new URL(page.url()).pathname;
    expect(page.url()).toBe(`${B}${casePath}`);
    await page.locator("summary", { hasText: "Edit case" }).click();
    await page.getByLabel("Lead agency").fill(unit);
    await page.getByRole("button", { name: "Save case" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    // A reads what B wrote: the case's page and the list, with the edit in its history.
    await page.goto(`${A}${casePath}`);
    await expect(
      page.getByRole("definition").filter({ hasText: new RegExp(`^${unit}$`) }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "History" })).toContainText("Case edited");
    await page.goto(`${A}/cases?year=2014`);
    await expect(page.getByRole("table")).toContainText(reference);

    // Signing out on B ends the session on A too, even for a copy of the cookie kept elsewhere:
    // the session is ended in the database, not in either process.
    const kept = await page.context().storageState();
    await page.goto(`${B}/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${B}/sign-in`);
    const replay = await browser.newContext({ storageState: kept });
    try {
      const onA = await replay.newPage();
      await onA.goto(`${A}/cases`);
      await expect(onA).toHaveURL(/\/sign-in/);
    } finally {
      await replay.close();
    }
    await page.goto(`${A}/cases`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
