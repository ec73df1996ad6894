import { cellsXml, zipArchive } from "@/lib/testing/zip";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

/** A one-sheet XLSX-shaped zip of `rows` rows of `perRow` one-digit cells: a cell bomb. */
function cellBomb(rows: number, perRow: number): Buffer {
  const sheet = { name: "xl/worksheets/sheet1.xml", data: cellsXml(rows, perRow) };
  return Buffer.from(zipArchive([sheet]));
}

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

  test("in Khmer, the limits and the row numbers are in Khmer digits", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "km", url: baseURL! }]);
    await page.goto("/import");
    const file = page.getByLabel("ឯកសារ (CSV ឬ XLSX យ៉ាងច្រើន ១០ MB និង ១០០.០០០ ជួរដេក)");
    await page.getByLabel("អ្វីដែលត្រូវនាំចូល").selectOption("cases");
    const csv = `${HEADER}\nHUMAN_TRAFFICKING,Phnom Penh,Unit A,2999-01-01,OPEN\n`;
    await file.setInputFiles({ name: "cases.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "ពិនិត្យ និងនាំចូល" }).click();
    const row = page.getByRole("table").getByRole("row").nth(1);
    await expect(row.getByRole("cell").first()).toHaveText("២");
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

  test("a refused file is a 4xx with its message key, before any stream", async ({
    page,
    baseURL,
  }) => {
    const post = (name: string, buffer: Buffer) =>
      page.request.post("/api/import/cases", {
        headers: { Origin: baseURL! },
        multipart: { file: { name, mimeType: "application/octet-stream", buffer } },
      });
    const wrongType = await post("cases.xlsx", Buffer.from(`${HEADER}\n`));
    expect(wrongType.status()).toBe(415);
    expect((await wrongType.json()).result.messageKey).toBe("wrongType");
    // 3 million one-digit cells, a few megabytes zipped: refused while unzipping.
    const bomb = await post("bomb.xlsx", cellBomb(100_000, 30));
    expect(bomb.status()).toBe(422);
    expect((await bomb.json()).result.messageKey).toBe("tooManyCells");
    const tooLarge = await post("big.csv", Buffer.alloc(11 * 1024 * 1024, 0x41));
    expect(tooLarge.status()).toBe(413);
    expect((await tooLarge.json()).result.messageKey).toBe("tooLarge");
  });
});

test.describe("bulk import refused with a 4xx, as staff", () => {
  // The browser logs every 4xx response as a console error; here the 422 is the point.
  test.use({ storageState: authFile("STAFF"), expectedConsoleErrors: [/status of 422/] });

  test("the page shows a refusal answered with a 4xx, and a formula behind a space", async ({
    page,
  }) => {
    await page.goto("/import");
    await page.getByLabel("What to import").selectOption("cases");
    await page.getByLabel(/^File/).setInputFiles({
      name: "cases.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${HEADER}\nHUMAN_TRAFFICKING,Phnom Penh, =1+1,2012-03-01,OPEN\n`),
    });
    await page.getByRole("button", { name: "Check and import" }).click();
    await expect(page.getByText("some cells hold formulas")).toBeVisible();
    await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Lead agency");
    await expectAccessible(page);
  });
});
