import { execFileSync } from "node:child_process";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// The golden test: the 2017 report built from the seeded records shows every figure NCCT
// published for 2017 (the figures the seed is planned from: prisma/seed-plan.ts, decision 0013),
// on the page and through the JSON API, and `npm run report` prints the same document.

const NATIONALITIES = [
  ["Vietnam", "3"],
  ["United Kingdom", "2"],
  ["Netherlands", "2"],
  ["Czechia", "1"],
  ["Japan", "1"],
  ["Russia", "1"],
  ["United States", "1"],
  ["Nationality unspecified", "9"],
  ["Total", "20"],
];
const COUNTRIES = [
  ["Malaysia", "351"],
  ["Thailand", "260"],
  ["China", "50"],
  ["Laos", "33"],
  ["Indonesia", "18"],
  ["Vietnam", "17"],
  ["Somalia", "13"],
  ["Japan", "5"],
  ["Singapore", "4"],
  ["Saudi Arabia", "1"],
  ["Country unspecified", "5"],
  ["Total", "757"],
];

test.describe("the 2017 annual report, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("shows every figure of the NCCT table", async ({ page }) => {
    // A large page: a hundred linked figures, four charts, and axe over all of it.
    test.slow();
    await page.goto("/reports/2017");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annual report 2017");
    const summary = page.getByRole("region", { name: "Summary" });
    const row = (name: string) => summary.getByRole("row", { name: new RegExp(`^${name}`) });
    await expect(row("Cases cracked down").getByRole("cell")).toHaveText(["159", "92", "+72.83%"]);
    await expect(row("Arrests").getByRole("cell")).toHaveText(["203", "113", "+79.65%"]);
    await expect(row("Victims rescued in Cambodia").getByRole("cell")).toHaveText([
      "345",
      "298",
      "+15.77%",
    ]);
    await expect(row("People rescued abroad").getByRole("cell")).toHaveText(["757", "0", "new"]);
    await expect(row("Foreign suspects").getByRole("cell").first()).toHaveText("20");

    const bands = page.getByRole("region", { name: "Victims by age band at rescue" });
    await expect(bands.getByRole("cell")).toHaveText(["138", "40", "167", "0", "345"]);
    await expect(
      page.getByText("Province with the most victims rescued: Phnom Penh, 57."),
    ).toBeVisible();
    const provinces = page.getByRole("region", { name: "Victims by province of rescue" });
    await expect(provinces.getByRole("row").nth(1)).toHaveText(/^Phnom Penh\s*57$/);

    await expect(page.getByText("20 foreign suspects, of 7 known nationalities.")).toBeVisible();
    const nationalities = page.getByRole("region", { name: "Foreign suspects by nationality" });
    await expect(nationalities.getByRole("rowheader")).toHaveText(NATIONALITIES.map((r) => r[0]!));
    await expect(nationalities.getByRole("cell")).toHaveText(NATIONALITIES.map((r) => r[1]!));
    const abroad = page.getByRole("region", { name: "People rescued abroad, by country" });
    await expect(abroad.getByRole("rowheader")).toHaveText(COUNTRIES.map((r) => r[0]!));
    await expect(abroad.getByRole("cell")).toHaveText(COUNTRIES.map((r) => r[1]!));

    // Charts sit beside their tables, as labelled images.
    await expect(page.getByRole("img", { name: /^Chart: Victims by age band/ })).toBeVisible();
    await expect(page.locator("figure .recharts-surface").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("an unknown age band set is named, and NCCT's bands shown", async ({ page }) => {
    // (UNODC's child/adult set is a real one since the GLOTIP layout: "who" is not.)
    await page.goto("/reports/2017?bands=who");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "There is no age band set called “who”: the report shows NCCT's bands.",
    );
    const bands = page.getByRole("region", { name: "Victims by age band at rescue" });
    await expect(bands.getByRole("cell")).toHaveText(["138", "40", "167", "0", "345"]);
  });

  test("a figure opens the list of exactly the records behind it", async ({ page }) => {
    test.slow();
    await page.goto("/reports/2017");
    await page
      .getByRole("link", {
        name: "Open the 57 records behind “Victims by province of rescue: Phnom Penh”",
      })
      .click();
    await expect(page).toHaveURL(/\/victims\?year=2017&province=12&place=cambodia$/);
    await expect(page.getByRole("table").locator("caption")).toHaveText("Showing 50 of 57");

    await page.goto("/reports/2017");
    await page
      .getByRole("link", {
        name: "Open the 9 records behind “Foreign suspects by nationality: Nationality unspecified”",
      })
      .click();
    await expect(page.getByRole("table").locator("caption")).toHaveText("Showing 9 of 9");
  });

  test("the JSON API gives the same figures, and npm run report the same document", async ({
    page,
  }) => {
    const response = await page.request.get("/api/reports/2017");
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(doc).toMatchObject({
      year: 2017,
      cases: { total: 159, previous: 92, changePercent: 72.83, change: "+72.83%" },
      arrests: { total: 203, previous: 113 },
      victims: {
        total: 345,
        previous: 298,
        byAgeBand: [
          { band: "under15", count: 138 },
          { band: "15to17", count: 40 },
          { band: "18plus", count: 167 },
          { band: "unknown", count: 0 },
        ],
        topProvince: { province: "KH-12", count: 57 },
      },
      foreignSuspects: {
        total: 20,
        nationalities: 7,
        byNationality: [
          { country: "VN", count: 3 },
          { country: "GB", count: 2 },
          { country: "NL", count: 2 },
          { country: "CZ", count: 1 },
          { country: "JP", count: 1 },
          { country: "RU", count: 1 },
          { country: "US", count: 1 },
          { country: null, count: 9 },
        ],
      },
      rescuedAbroad: {
        total: 757,
        byCountry: [
          { country: "MY", count: 351 },
          { country: "TH", count: 260 },
          { country: "CN", count: 50 },
          { country: "LA", count: 33 },
          { country: "ID", count: 18 },
          { country: "VN", count: 17 },
          { country: "SO", count: 13 },
          { country: "JP", count: 5 },
          { country: "SG", count: 4 },
          { country: "SA", count: 1 },
          { country: null, count: 5 },
        ],
      },
    });
    expect(doc.victims.byProvince[0]).toEqual({ province: "KH-12", count: 57 });
    expect(
      doc.checks.filter((c: { kind: string; ok: boolean }) => c.kind === "consistency" && !c.ok),
    ).toEqual([]);

    const printed = execFileSync(
      "npx",
      ["tsx", "--conditions=react-server", "lib/cli/report.ts", "--year", "2017"],
      { env: process.env, encoding: "utf8" },
    );
    const fromCli = JSON.parse(printed);
    expect({ ...fromCli, generatedAt: "" }).toEqual({ ...doc, generatedAt: "" });
  });
});

test.describe("the report page's layout, as a national manager", () => {
  test.use({ storageState: authFile("MANAGER"), viewport: { width: 1280, height: 800 } });

  test("leads with the summary; exporting and publishing open from disclosures after it", async ({
    page,
  }) => {
    test.slow(); // axe over the whole page, with both disclosures open
    await page.goto("/reports/2017");
    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary.getByRole("row", { name: /^Cases cracked down/ })).toBeVisible();
    // The whole summary table, with its change column, in the first screen at 1280 × 800.
    await expect(summary).toBeInViewport({ ratio: 1 });
    await expect(page.getByText(/PostgreSQL/)).toHaveCount(0);

    // Closed disclosures hide their forms: find them in the document all the same.
    const exportForm = page.getByRole("form", { name: "Export this report", includeHidden: true });
    const note = page.getByRole("textbox", { name: "Note (optional)", includeHidden: true });
    // In document order the summary comes first, and both forms after it.
    const follows = (earlier: Element, later: Element) =>
      Boolean(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(await summary.evaluate(follows, await exportForm.elementHandle())).toBe(true);
    expect(await summary.evaluate(follows, await note.elementHandle())).toBe(true);

    // Closed at first; each opens from its own control.
    await expect(exportForm).toBeHidden();
    await expect(note).toBeHidden();
    const exportToggle = page.locator("summary").filter({ hasText: "Export this report" });
    await exportToggle.click();
    await expect(exportToggle.locator("xpath=..")).toHaveAttribute("open", "");
    await expect(exportForm.getByRole("button", { name: "Download" })).toBeVisible();
    await expect(exportForm.getByLabel("PDF")).toBeVisible();

    const publication = page.locator("summary").filter({ hasText: "Publication" });
    await expect(publication).toContainText(/Not published yet\.|Revision \d+ published/);
    await publication.click();
    await expect(note).toBeVisible();
    await expect(page.getByRole("button", { name: /^Publish revision \d+$/ })).toBeVisible();
    await expectAccessible(page);
  });

  for (const lang of ["en", "km"] as const) {
    for (const width of [1280, 1024]) {
      test(`the table of all years shows people rescued abroad, and fits (${lang}, ${width} px)`, async ({
        page,
        context,
        baseURL,
      }) => {
        await context.addCookies([{ name: "NEXT_LOCALE", value: lang, url: baseURL! }]);
        await page.setViewportSize({ width, height: 800 });
        await page.goto("/reports/2017");
        const names = {
          en: { region: "Records by year", abroad: "Rescued abroad" },
          km: { region: "កំណត់ត្រាតាមឆ្នាំ", abroad: "ជួយសង្គ្រោះនៅបរទេស" },
        }[lang];
        // Khmer pages write figures in Khmer digits (decision 0028).
        const figures = {
          en: { year: /^2017/, cells: ["159", "203", "345", "757"] },
          km: { year: /^២០១៧/, cells: ["១៥៩", "២០៣", "៣៤៥", "៧៥៧"] },
        }[lang];
        const table = page.getByRole("region", { name: names.region, exact: true });
        await expect(table.getByRole("columnheader")).toHaveCount(5);
        await expect(table.getByRole("columnheader").last()).toHaveText(names.abroad);
        // Seeded 2017: 159 cases, 203 arrests, 345 victims in Cambodia, 757 rescued abroad.
        await expect(table.getByRole("row", { name: figures.year }).getByRole("cell")).toHaveText(
          figures.cells,
        );
        // No column hides in the scroll box: the table is no wider than its box.
        const overflow = await table.evaluate((box) => box.scrollWidth - box.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await table.scrollIntoViewIfNeeded();
        await expect(table.getByRole("columnheader").last()).toBeInViewport({ ratio: 1 });
      });
    }
  }
});

test.describe("the report for other roles", () => {
  test.describe("Phnom Penh staff", () => {
    test.use({ storageState: authFile("STAFF") });
    test("see their province's figures only", async ({ page }) => {
      test.slow();
      await page.goto("/reports/2017");
      await expect(page.getByText("Figures for your provinces only: Phnom Penh.")).toBeVisible();
      const summary = page.getByRole("region", { name: "Summary" });
      await expect(
        summary
          .getByRole("row", { name: /^Victims rescued in Cambodia/ })
          .getByRole("cell")
          .first(),
      ).toHaveText("57");
      await expectAccessible(page);
    });
  });

  test.describe("an administrator", () => {
    test.use({ storageState: authFile("ADMIN"), expectedConsoleErrors: [/status of 403/] });
    test("is refused the report and its API", async ({ page }) => {
      const response = await page.goto("/reports/2017");
      expect(response?.status()).toBe(403);
      expect((await page.request.get("/api/reports/2017")).status()).toBe(403);
    });
  });
});
