import { expect, test as setup } from "@playwright/test";
import { DEMO_USERS } from "@/prisma/demo-users";
import { demoAuthFile } from "./roles";

// Signs each demo role in once through the real form and saves the session for the specs.
for (const user of DEMO_USERS) {
  setup(`sign in as ${user.email}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The first sign-in after the server starts also warms it up (argon2, routes, the pool).
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 20_000 });
    await page.context().storageState({ path: demoAuthFile(user) });
  });
}
