import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("record lists, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("filter victims by place, with the filter kept in a shareable URL", async ({ page }) => {
    // The year keeps other specs' victims rescued abroad (dated in other years) out of the count.
    await page.goto("/victims?year=2017");
    await page.getByLabel("Place of rescue").selectOption("abroad");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]place=abroad/);
    await expect(page).toHaveURL(/[?&]year=2017/);
    const table = page.getByRole("table");
    const rows = table.getByRole("row");
    // 757 Cambodians rescued abroad in 2017: the header and a first page of 50, the newest first
    // (31 December 2017, in Malaysia).
    await expect(table.locator("caption")).toHaveText("Showing 50 of 757");
    await expect(rows).toHaveCount(51);
    await expect(rows.nth(1)).toContainText("Malaysia");
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByLabel("Place of rescue")).toHaveValue("abroad");
  });

  test("filter cases by province and year", async ({ page }) => {
    await page.goto("/cases?province=12&year=2017");
    const table = page.getByRole("table");
    // Phnom Penh's 14 cases of 2017, newest first (the seed numbers them in date order).
    await expect(table.getByRole("rowheader")).toHaveText(
      Array.from({ length: 14 }, (_, i) => `PNP-2017-${String(14 - i).padStart(4, "0")}`),
    );
    await page.goto("/cases?province=17");
    await expect(table.getByRole("rowheader")).toHaveText([
      ...["SRP-2017-0004", "SRP-2017-0003", "SRP-2017-0002", "SRP-2017-0001"],
      ...["SRP-2016-0002", "SRP-2016-0001"],
    ]);
  });
});
