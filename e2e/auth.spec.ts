import { randomUUID } from "node:crypto";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile, demoUser } from "./roles";

test.describe("sign-in", () => {
  test("a wrong password gets the one generic message and keeps the email", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(demoUser("MANAGER").email);
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "Sign-in failed. Check your email and password, or try again later.",
    );
    await expect(page.getByLabel("Email")).toHaveValue(demoUser("MANAGER").email);
    await expectAccessible(page);
  });

  test("an unknown account gets exactly the same message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(`nobody-${randomUUID()}@test.invalid`);
    await page.getByLabel("Password").fill("whatever-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "Sign-in failed. Check your email and password, or try again later.",
    );
  });

  test("sign-in returns to the page asked for", async ({ page }) => {
    await page.goto("/suspects");
    await page.getByLabel("Email").fill(demoUser("AUDITOR").email);
    await page.getByLabel("Password").fill(demoUser("AUDITOR").password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/suspects");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/sign-in");
    await page.goto("/suspects");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("an account's life, administered", () => {
  test.use({ storageState: authFile("ADMIN") });

  test("create, first sign-in with a forced password change, then deactivation ends the live session", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // several argon2 hashes and two browser contexts
    const email = `kandal-${randomUUID().slice(0, 8)}@test.invalid`;
    await page.goto("/admin/users/new");
    await expectAccessible(page);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name").fill("Test Kandal Clerk");
    await page.getByLabel("Role").selectOption("STAFF");
    await page.getByRole("button", { name: "Create account" }).click();
    // No scope chosen: the form says so next to the provinces, and keeps what was typed.
    await expect(page.getByText("Choose national scope or at least one province.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await page.getByLabel("Kandal").check();
    await page.getByRole("button", { name: "Create account" }).click();
    const status = page.getByRole("status");
    await expect(status).toContainText("Account created.");
    const temporary = (await status.locator("code").textContent())!.trim();
    expect(temporary).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);

    // An empty storage state: Playwright would otherwise hand the new context the admin session.
    const clerkContext = await browser.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const clerk = await clerkContext.newPage();
    await clerk.goto("/sign-in");
    await clerk.getByLabel("Email").fill(email);
    await clerk.getByLabel("Password").fill(temporary);
    await clerk.getByRole("button", { name: "Sign in" }).click();
    await expect(clerk).toHaveURL("/change-password");
    await clerk.goto("/cases");
    await expect(clerk).toHaveURL("/change-password");

    await clerk.getByLabel("Current password").fill(temporary);
    await clerk.getByLabel("New password", { exact: true }).fill("password1234");
    await clerk.getByLabel("Repeat the new password").fill("password1234");
    await clerk.getByRole("button", { name: "Change password" }).click();
    await expect(clerk.getByText("This password is among the most common ones.")).toBeVisible();
    await expectAccessible(clerk);

    await clerk.getByLabel("Current password").fill(temporary);
    await clerk.getByLabel("New password", { exact: true }).fill("Kandal-Clerk-Strong-2026");
    await clerk.getByLabel("Repeat the new password").fill("Kandal-Clerk-Strong-2026");
    await clerk.getByRole("button", { name: "Change password" }).click();
    await expect(clerk.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();

    await page.goto("/admin/users");
    await page.getByRole("link", { name: "Test Kandal Clerk" }).click();
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
    await expect(page.getByRole("region", { name: "History" })).toContainText(
      "Account deactivated",
    );

    await clerk.goto("/cases");
    await expect(clerk).toHaveURL(/\/sign-in/);
    await clerkContext.close();
  });

  test("the last active administrator cannot be deactivated", async ({ page }) => {
    await page.goto("/admin/users");
    await page.getByRole("link", { name: demoUser("ADMIN").name }).click();
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "last active administrator" }),
    ).toBeVisible();
  });
});
