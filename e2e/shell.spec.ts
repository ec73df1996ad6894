import type { Role } from "@/lib/generated/prisma/enums";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

const NAV: Record<Role, { name: string; path: string; heading: string }[]> = {
  STAFF: [
    { name: "Home", path: "/", heading: "Home" },
    { name: "Cases", path: "/cases", heading: "Cases" },
    { name: "Victims", path: "/victims", heading: "Victims" },
    { name: "Suspects", path: "/suspects", heading: "Suspects" },
    { name: "Referrals", path: "/referrals", heading: "Referrals" },
    { name: "Import", path: "/import", heading: "Import records" },
    { name: "Reports", path: "/reports", heading: "Reports" },
  ],
  MANAGER: [
    { name: "Home", path: "/", heading: "Home" },
    { name: "Cases", path: "/cases", heading: "Cases" },
    { name: "Victims", path: "/victims", heading: "Victims" },
    { name: "Suspects", path: "/suspects", heading: "Suspects" },
    { name: "Referrals", path: "/referrals", heading: "Referrals" },
    { name: "Reports", path: "/reports", heading: "Reports" },
  ],
  AUDITOR: [
    { name: "Home", path: "/", heading: "Home" },
    { name: "Cases", path: "/cases", heading: "Cases" },
    { name: "Victims", path: "/victims", heading: "Victims" },
    { name: "Suspects", path: "/suspects", heading: "Suspects" },
    { name: "Referrals", path: "/referrals", heading: "Referrals" },
    { name: "Reports", path: "/reports", heading: "Reports" },
    { name: "Audit", path: "/audit", heading: "Audit trail" },
  ],
  ADMIN: [
    { name: "Home", path: "/", heading: "Home" },
    { name: "Admin", path: "/admin/users", heading: "Users" },
  ],
};

for (const [role, items] of Object.entries(NAV) as [Role, (typeof NAV)[Role]][]) {
  test.describe(`${role} navigation`, () => {
    test.use({ storageState: authFile(role) });

    test("shows exactly the sections the role may open", async ({ page }) => {
      await page.goto(items[0]!.path);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link")).toHaveText(items.map((i) => i.name));
    });

    for (const item of items) {
      test(`opens ${item.name} and passes axe`, async ({ page }) => {
        await page.goto(items[0]!.path);
        const nav = page.getByRole("navigation", { name: "Main" });
        await nav.getByRole("link", { name: item.name, exact: true }).click();
        await expect(page).toHaveURL(item.path);
        await expect(page.getByRole("heading", { level: 1, name: item.heading })).toBeVisible();
        await expect(nav.getByRole("link", { name: item.name, exact: true })).toHaveAttribute(
          "aria-current",
          "page",
        );
        await expectAccessible(page);
      });
    }
  });
}

test.describe("pages a role may not open", () => {
  test.use({
    storageState: authFile("STAFF"),
    expectedConsoleErrors: [/the server responded with a status of 403/],
  });

  for (const path of ["/admin/users", "/admin/users/new", "/audit"]) {
    test(`STAFF gets 403 at ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    });
  }

  test("STAFF cannot export the audit trail", async ({ page }) => {
    const response = await page.request.get("/api/audit/export");
    expect(response.status()).toBe(403);
  });
});

test.describe("signed out", () => {
  test("every page sends you to sign-in, and the API answers 401", async ({ page }) => {
    await page.goto("/cases");
    await expect(page).toHaveURL("/sign-in?next=%2Fcases");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
    expect((await page.request.get("/api/audit/export")).status()).toBe(401);
  });

  test("works on a phone-sized screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
  });
});
