import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("record lists, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("filter victims by place, with the filter kept in a shareable URL", async ({ page }) => {
    await page.goto("/victims");
    await page.getByLabel("Place of rescue").selectOption("abroad");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]place=abroad/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2); // the header and the one victim rescued abroad
    await expect(rows.nth(1)).toContainText("Malaysia");
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByLabel("Place of rescue")).toHaveValue("abroad");
  });

  test("filter cases by province and year", async ({ page }) => {
    await page.goto("/cases?province=12&year=2017");
    const table = page.getByRole("table");
    await expect(table.getByRole("rowheader")).toHaveText(["PNP-2017-0002", "PNP-2017-0001"]);
    await page.goto("/cases?province=17");
    await expect(table.getByRole("rowheader")).toHaveText(["SRP-2017-0001"]);
  });
});
