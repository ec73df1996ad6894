import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// The TIP and GLOTIP layouts of the seeded 2017 records, through the report page's export menu
// and the routes, with the real sign-in of each role.

function openExport(page: import("@playwright/test").Page) {
  return page.locator("summary").filter({ hasText: "Export this report" }).click();
}

test.describe("the layouts, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("download the TIP layout's CSV from the report page, and find the export audited", async ({
    page,
    browser,
  }) => {
    await page.goto("/reports/2017");
    await openExport(page);
    await page.getByRole("radio", { name: /^TIP layout/ }).check();
    // A layout is no PDF: the format offers CSV, Excel and JSON only.
    await expect(page.getByRole("radio", { name: "PDF" })).toHaveCount(0);
    await page.getByRole("radio", { name: "CSV" }).check();
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("ctip-tip-2017-04-01-2018-03-31-en.csv");
    const text = await (
      await file.createReadStream()
    )
      .toArray()
      .then((c) => Buffer.concat(c).toString("utf8"));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toMatch(/^"about","period","Period: 1 Apr 2017 to 31 Mar 2018,/m);
    expect(text).toMatch(/^"tip","investigations","Investigations","\d+","",/m);
    expect(text).toMatch(/^"tip","victimsIdentified.labour",/m);

    // The audit trail is the auditor's to read.
    const auditor = await browser.newContext({ storageState: authFile("AUDITOR") });
    const audit = await auditor.newPage();
    await audit.goto("/audit?action=report.exported&entityId=2017");
    const row = audit.locator("table tbody tr").filter({ hasText: "TIP layout" }).first();
    await expect(row).toContainText("Period from");
    await auditor.close();
  });

  test("the routes answer a bad layout with 400, and serve GLOTIP as JSON and XLSX", async ({
    page,
  }) => {
    expect((await page.request.get("/api/reports/2017/export?layout=ctdc")).status()).toBe(400);
    expect((await page.request.get("/api/reports/2017?layout=tip&from=2017-04-01")).status()).toBe(
      400,
    );
    const json = await page.request.get("/api/reports/2017?layout=glotip");
    expect(json.status()).toBe(200);
    const doc = await json.json();
    expect(doc).toMatchObject({
      layout: "glotip",
      period: { from: "2017-01-01", to: "2017-12-31" },
    });
    const xlsx = await page.request.get("/api/reports/2017/export?layout=glotip&format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-disposition"]).toContain("ctip-glotip-2017-01-01-2017-12-31");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });
});

test.describe("the layouts, as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("may read a layout's JSON, but not export its file", async ({ page }) => {
    expect((await page.request.get("/api/reports/2017?layout=tip")).status()).toBe(200);
    expect(
      (await page.request.get("/api/reports/2017/export?layout=tip&format=csv")).status(),
    ).toBe(403);
    expect((await page.request.get("/api/reports/2017?layout=tip&format=csv")).status()).toBe(403);
  });
});
