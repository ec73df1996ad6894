import { expect, expectAccessible, test } from "./fixtures";

const SECTIONS = [
  { name: "Overview", path: "/", heading: "Overview" },
  { name: "Cases", path: "/cases", heading: "Cases" },
  { name: "Victims", path: "/victims", heading: "Victims" },
  { name: "Suspects", path: "/suspects", heading: "Suspects" },
  { name: "Reports", path: "/reports", heading: "Reports" },
  { name: "Audit", path: "/audit", heading: "Audit trail" },
  { name: "Admin", path: "/admin", heading: "Users" },
];

test.describe("app shell", () => {
  for (const section of SECTIONS) {
    test(`${section.name} opens from the navigation and passes axe`, async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.getByRole("link", { name: section.name, exact: true }).click();
      await expect(page).toHaveURL(section.path);
      await expect(page.getByRole("heading", { level: 1, name: section.heading })).toBeVisible();
      await expect(nav.getByRole("link", { name: section.name, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expectAccessible(page);
    });
  }

  test("works on a phone-sized screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/cases");
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectAccessible(page);
  });
});
