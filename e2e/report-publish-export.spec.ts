import { createHash } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// Publishing, revising and exporting the report, through the real sign-in of each role.
// Publishing uses 2010, a year no other spec writes to or reads; exports read the seeded 2017.

const PUBLISHED_YEAR = 2010;

/** Exporting and publishing open from disclosures after the report's summary. */
function openTool(page: Page, name: "Export this report" | "Publication") {
  return page.locator("summary").filter({ hasText: name }).click();
}

async function createCaseAsStaff(browser: Browser, date: string) {
  const context = await browser.newContext({ storageState: authFile("STAFF") });
  const page = await context.newPage();
  await page.goto("/cases/new");
  await page.getByLabel("Offence").selectOption("HUMAN_TRAFFICKING");
  await page.getByLabel("Lead agency").fill("Phnom Penh Anti-Human Trafficking Police");
  await page.getByLabel("Crack-down date").fill(date);
  await page.getByRole("button", { name: "Create case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await context.close();
}

test.describe("publishing, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("publish a year, then see a later correction as a revision, with who made it", async ({
    page,
    browser,
  }) => {
    test.slow();
    await page.goto(`/reports/${PUBLISHED_YEAR}`);
    const publication = page.locator("summary").filter({ hasText: "Publication" });
    await expect(publication).toContainText("Not published yet.");
    await openTool(page, "Publication");
    await expect(
      page.getByText(`The ${PUBLISHED_YEAR} report has not been published`),
    ).toBeVisible();
    await page.getByLabel("Note (optional)").fill("First publication, e2e");
    await page.getByRole("button", { name: "Publish revision 1" }).click();
    await expect(
      page.getByText(`Published revision 1 of the ${PUBLISHED_YEAR} report.`),
    ).toBeVisible();
    await page.reload();
    // Closed again after the reload, the disclosure still says where the year stands.
    await expect(publication).toContainText(/Revision 1 published \d{1,2} \w{3} \d{4}/);
    await openTool(page, "Publication");
    await expect(page.getByText("No figure has changed since publication.")).toBeVisible();
    // The audit chain's head at publication: an event id and a short hash, the full one on demand.
    const head = page.locator("dd").filter({ hasText: /event \d+, hash/ });
    await expect(head).toContainText(/event \d+, hash [0-9a-f]{12}…/);
    await head.getByText("Full hash").click();
    await expect(head.locator("code").filter({ hasText: /^[0-9a-f]{64}$/ })).toBeVisible();
    await expectAccessible(page);

    await createCaseAsStaff(browser, `${PUBLISHED_YEAR}-03-04`);

    await page.reload();
    await openTool(page, "Publication");
    const changes = page.getByRole("region", { name: "Figures changed since publication" });
    const total = changes.getByRole("row", { name: /^Cases cracked down, total/ });
    await expect(total.getByRole("cell").nth(-3)).toHaveText("0");
    await expect(total.getByRole("cell").nth(-2)).toHaveText("1");
    await expect(page.getByText("Sokha Demo").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Publish revision 2" })).toBeVisible();
    // The changed-figures tables inside the panel, named once each (axe landmark-unique).
    await expectAccessible(page);
  });
});

test.describe("a published copy, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("download a revision's JSON from the page: its SHA-256 is the published one", async ({
    page,
  }) => {
    // 2005: a year no other spec writes to or reads (nor 2006, whose comparison it changes).
    await page.goto("/reports/2005");
    await openTool(page, "Publication");
    await page.getByRole("button", { name: "Publish revision 1" }).click();
    await expect(page.getByText("Published revision 1 of the 2005 report.")).toBeVisible();
    await page.reload();
    await openTool(page, "Publication");
    const sha256 = await page
      .locator("dd code")
      .filter({ hasText: /^[0-9a-f]{64}$/ })
      .first()
      .textContent();
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download revision 1 as JSON (as stored)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`ctip-report-2005-r1-${sha256!.slice(0, 12)}.json`);
    const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(sha256);
    await expect(page.getByRole("link", { name: "Download revision 1 as PDF" })).toHaveAttribute(
      "href",
      "/api/reports/2005/revisions/1?format=pdf&lang=en",
    );
    await expectAccessible(page);
  });
});

test.describe("exports, as an auditor", () => {
  test.use({ storageState: authFile("AUDITOR") });

  test("download the CSV from the report page, and find the export in the audit trail", async ({
    page,
  }) => {
    await page.goto("/reports/2017");
    await expect(page.getByRole("button", { name: /^Publish revision/ })).toHaveCount(0);
    await openTool(page, "Export this report");
    await page.getByLabel("CSV").check();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/2017.*\.csv$/);
    await expect(page.getByRole("status").filter({ hasText: "Downloaded" })).toHaveText(
      `Downloaded ${file.suggestedFilename()}.`,
    );
    const text = await (
      await file.createReadStream()
    )
      .toArray()
      .then((c) => Buffer.concat(c).toString("utf8"));
    expect(text.startsWith("\uFEFF")).toBe(true);
    // Every field quoted (decision 0019), so no list separator can split a cell into a formula.
    expect(text).toMatch(/^"cases","total","","Cases cracked down","159","92","72\.83",/m);

    await page.goto("/audit?action=report.exported");
    const actions = page.getByRole("table").getByRole("row").locator("td:nth-child(3)");
    await expect(actions.first()).toHaveText("Report exported");
  });

  test("the export route serves XLSX, JSON and a PDF, and the public variant hides small cells", async ({
    page,
  }) => {
    test.slow();
    const get = (query: string) => page.request.get(`/api/reports/2017/export?${query}`);
    const xlsx = await get("format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
    const json = await (await get("format=json&variant=public&k=11")).json();
    expect(json.public).toMatchObject({ k: 11 });
    // Saudi Arabia (1) and Singapore (4) are below 11: neither is published.
    const countries = json.rescuedAbroad.byCountry as { country: string; count: number | null }[];
    expect(countries.find((c) => c.country === "SA")?.count ?? null).toBeNull();
    expect(countries.find((c) => c.country === "MY")?.count).toBe(351);
    const pdf = await get("format=pdf&lang=km");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await get("format=exe")).status()).toBe(400);
  });

  test("the API's CSV and the print view are exports: each opening is a report.exported row", async ({
    page,
  }) => {
    test.slow(); // axe over the whole printed report
    // 2016: the other export tests take 2017, and run alongside under the same auditor.
    const exportRows = async () => {
      await page.goto("/audit?action=report.exported&entityId=2016");
      return page.locator("table tbody tr").count();
    };
    const before = await exportRows();
    const csv = await page.request.get("/api/reports/2016?format=csv&lang=km");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename=".*2016.*\.csv"$/);
    expect(csv.headers()["x-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
    expect(await exportRows()).toBe(before + 1);

    await page.goto("/reports/2016");
    await openTool(page, "Export this report");
    // A plain link: not prefetched, so merely showing the menu writes no row.
    await page.getByRole("link", { name: "Open the print view" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2016");
    await expectAccessible(page);
    expect(await exportRows()).toBe(before + 2);
    // The audit page names the event's format by its label (audit.valueLabels), not its code.
    await expect(page.locator("table tbody tr").first().getByRole("cell").nth(4)).toContainText(
      "Format:Print view",
    );
  });
});

test.describe("exports, as other roles", () => {
  test.describe("staff", () => {
    // The refused print view is a 403 page, which the browser logs.
    test.use({ storageState: authFile("STAFF"), expectedConsoleErrors: [/status of 403/] });
    test("see no export menu and are refused by the route", async ({ page }) => {
      await page.goto("/reports/2017");
      await expect(page.locator("summary").filter({ hasText: "Export this report" })).toHaveCount(
        0,
      );
      await expect(page.getByRole("button", { name: "Download" })).toHaveCount(0);
      expect((await page.request.get("/api/reports/2017/export?format=csv")).status()).toBe(403);
    });

    test("may read the JSON API, but not take the CSV or the print view", async ({ page }) => {
      expect((await page.request.get("/api/reports/2017")).status()).toBe(200);
      const csv = await page.request.get("/api/reports/2017?format=csv");
      expect(csv.status()).toBe(403);
      expect(csv.headers()["content-disposition"]).toBeUndefined();
      const print = await page.goto("/reports/2017/print");
      expect(print?.status()).toBe(403);
    });
  });

  test("signed out, the route asks for sign-in", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/reports/2017/export?format=csv")).status()).toBe(401);
    expect((await anonymous.get("/api/reports/2017")).status()).toBe(401);
    await anonymous.dispose();
  });
});
