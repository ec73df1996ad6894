import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

const HEADER = "Offence type,Province,Lead agency,Crack-down date,Status";

test.describe("bulk import, as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("a file with a bad row imports nothing and names the row and column", async ({ page }) => {
    await page.goto("/import");
    await expectAccessible(page);
    await page.getByLabel("What to import").selectOption("cases");
    const csv = `${HEADER}\nHUMAN_TRAFFICKING,Phnom Penh,Unit A,2012-03-01,OPEN\nHUMAN_TRAFFICKING,Phnom Penh,Unit B,2999-01-01,OPEN\n`;
    await page
      .getByLabel(/^File/)
      .setInputFiles({ name: "cases.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check and import" }).click();
    await expect(
      page.getByText("Nothing was imported: fix the rows below and try again."),
    ).toBeVisible();
    const row = page.getByRole("table").getByRole("row").nth(1);
    await expect(row).toContainText("3");
    await expect(row).toContainText("Crack-down date");
    await expect(row).toContainText("This date is in the future.");
    await expectAccessible(page);
    await page.goto("/cases?year=2012");
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(0);
  });

  test("a good file imports every row", async ({ page }) => {
    await page.goto("/import");
    await page.getByLabel("What to import").selectOption("cases");
    const rows = Array.from(
      { length: 3 },
      (_, i) => `LABOUR_EXPLOITATION,Phnom Penh,Unit ${i},2011-0${i + 1}-15,OPEN`,
    );
    await page.getByLabel(/^File/).setInputFiles({
      name: "cases.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${HEADER}\n${rows.join("\n")}\n`),
    });
    await page.getByRole("button", { name: "Check and import" }).click();
    await expect(page.getByText("Imported 3 records.")).toBeVisible();
    await page.goto("/cases?year=2011");
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(3);
  });
});
