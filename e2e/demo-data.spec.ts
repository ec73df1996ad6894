import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("seeded demo data, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("cases list shows the seeded references", async ({ page }) => {
    // 2017's first case is Phnom Penh's first: 00:15 on 1 January in Phnom Penh, still 2016 in UTC.
    await page.goto("/cases?year=2017&sort=date-asc");
    const table = page.getByRole("table");
    await expect(table.locator("caption")).toHaveText("Showing 50 of 159");
    await expect(table.getByRole("rowheader").first()).toHaveText("PNP-2017-0001");
    await expect(table.getByRole("row", { name: /PNP-2017-0001/ })).toContainText("Phnom Penh");
    await page.goto("/cases?year=2016&sort=date-asc");
    await expect(table.locator("caption")).toHaveText("Showing 50 of 92");
    await expect(table.getByRole("rowheader").first()).toHaveText("BTB-2016-0001");
  });

  test("victims list shows pseudonymous codes, never names", async ({ page }) => {
    await page.goto("/victims");
    const table = page.getByRole("table");
    await expect(table.getByRole("rowheader").first()).toHaveText(/^V-[0-9A-Z]{6}$/);
    // The newest page holds several rescues in Malaysia (the latest on 31 December 2017).
    await expect(table.getByRole("row", { name: /Malaysia/ }).first()).toContainText(
      "Ministry of Foreign Affairs",
    );
    await expect(page.getByText("Sample Victim")).toHaveCount(0);
    await expect(page.getByText("សំណាក ជនរងគ្រោះ")).toHaveCount(0);
  });

  test("overview counts the records by year", async ({ page }) => {
    await page.goto("/");
    // NCCT's 2017 figures: cases, arrests, victims rescued in Cambodia, Cambodians rescued abroad.
    const row2017 = page.getByRole("region", { name: "Records by year" }).getByRole("row", {
      name: /^2017/,
    });
    // The last column is the year's report: published or not, whichever an earlier test left.
    await expect(row2017.getByRole("cell")).toHaveText(["159", "203", "345", "757", /publish/i]);
  });
});

// Phnom Penh's references of a year, newest first: the seed numbers each year's cases in order.
const phnomPenhCases = (year: number, count: number) =>
  Array.from({ length: count }, (_, i) => `PNP-${year}-${String(count - i).padStart(4, "0")}`);

test.describe("as Phnom Penh staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("sees only Phnom Penh's records and figures", async ({ page }) => {
    await page.goto("/cases?year=2017");
    await expect(page.getByRole("rowheader")).toHaveText(phnomPenhCases(2017, 14));
    await expect(page.getByRole("rowheader", { name: "SRP-2017-0001" })).toHaveCount(0);
    await page.goto("/cases?year=2016");
    await expect(page.getByRole("rowheader")).toHaveText(phnomPenhCases(2016, 9));
    await expect(page.getByRole("rowheader", { name: "BTB-2016-0001" })).toHaveCount(0);
    await page.goto("/");
    // Phnom Penh's 2017: its cases, the arrests in them, the 57 victims rescued there; no one
    // rescued abroad belongs to a province.
    const byYear = page.getByRole("region", { name: "Records by year" });
    await expect(byYear.getByRole("row", { name: /^2017/ }).getByRole("cell")).toHaveText([
      "14",
      "18",
      "57",
      "0",
    ]);
  });
});

test.describe("language", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("switches to Khmer and back, keeping untranslated strings in English", async ({ page }) => {
    await page.goto("/cases?province=12&year=2017");
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
