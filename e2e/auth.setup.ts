import { test as setup } from "@playwright/test";
import { DEMO_USERS } from "@/prisma/demo-users";
import { demoAuthFile } from "./roles";
import { signIn } from "./sign-in";

// Signs each demo role in once through the real form and saves the session for the specs.
for (const user of DEMO_USERS) {
  setup(`sign in as ${user.email}`, async ({ page }) => {
    // The first sign-in after the server starts also warms it up (argon2, routes, the pool).
    await signIn(page, user.email, user.password);
    await page.context().storageState({ path: demoAuthFile(user) });
  });
}
