import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("seeded demo data, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("cases list shows the seeded references", async ({ page }) => {
    await page.goto("/cases");
    const table = page.getByRole("table");
    await expect(table.getByRole("rowheader", { name: "PNP-2017-0001" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "BTB-2016-0001" })).toBeVisible();
    await expect(table.getByRole("row", { name: /PNP-2017-0001/ })).toContainText("Phnom Penh");
  });

  test("victims list shows pseudonymous codes, never names", async ({ page }) => {
    await page.goto("/victims");
    const table = page.getByRole("table");
    await expect(table.getByRole("rowheader").first()).toHaveText(/^V-[0-9A-Z]{6}$/);
    await expect(table.getByRole("row", { name: /Malaysia/ })).toContainText(
      "Ministry of Foreign Affairs",
    );
    await expect(page.getByText("Example Victim")).toHaveCount(0);
  });

  test("overview counts the records by year", async ({ page }) => {
    await page.goto("/");
    const row2017 = page.getByRole("row", { name: /^2017/ });
    await expect(row2017.getByRole("cell")).toHaveText(["3", "3", "3", "1"]);
  });
});

test.describe("as Phnom Penh staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("sees only Phnom Penh's records and figures", async ({ page }) => {
    await page.goto("/cases");
    await expect(page.getByRole("rowheader", { name: "PNP-2017-0001" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "SRP-2017-0001" })).toHaveCount(0);
    await expect(page.getByRole("rowheader", { name: "BTB-2016-0001" })).toHaveCount(0);
    await page.goto("/");
    await expect(page.getByRole("row", { name: /^2017/ }).getByRole("cell")).toHaveText([
      "2",
      "2",
      "2",
      "0",
    ]);
  });
});

test.describe("language", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("switches to Khmer and back, keeping untranslated strings in English", async ({ page }) => {
    await page.goto("/cases");
    await page.getByRole("button", { name: "ខ្មែរ" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "km");
    const nav = page.getByRole("navigation", { name: "ម៉ឺនុយចម្បង" });
    await expect(nav.getByRole("link", { name: "ករណី" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("columnheader", { name: "ខេត្ត" })).toBeVisible();
    await expect(page.getByRole("row", { name: /PNP-2017-0001/ })).toContainText("ភ្នំពេញ");
    await expectAccessible(page);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  });
});
