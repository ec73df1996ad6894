import { expect, type Page } from "@playwright/test";

/**
 * Signs in through the real form and waits for the signed-in page. A sign-in is an argon2 hash
 * and, after a server starts, the first use of its routes: on a shared 2-core machine it has
 * taken past the default 5 s, so the wait is the same generous one everywhere (a budget, not an
 * assertion of speed).
 */
export async function signIn(page: Page, email: string, password: string, origin = "") {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 30_000 });
}
