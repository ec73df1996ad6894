import { expect, expectAccessible, test } from "./fixtures";
import { authFile, demoAuthFile } from "./roles";

// Issue 14: a Foreign Affairs officer enters a repatriation without access to domestic victims
// (decision 0034). The demo's foreign@demo.ncct.test has national scope, which must not widen it.
const FOREIGN = demoAuthFile({ email: "foreign@demo.ncct.test", role: "STAFF" });

test.describe("a Foreign Affairs officer", () => {
  test.use({
    storageState: FOREIGN,
    expectedConsoleErrors: [/status of 40[34]/],
  });

  test("enters a victim rescued abroad, and cannot open or find a domestic one", async ({
    page,
    browser,
  }) => {
    const key = Date.now().toString(36);
    // A domestic victim, entered by Phnom Penh police staff.
    const police = await browser.newContext({ storageState: authFile("STAFF") });
    const staffPage = await police.newPage();
    const domesticName = `Domestic Person Sreyneang ${key}`;
    await staffPage.goto("/victims/new");
    await staffPage.getByLabel("Name").fill(domesticName);
    await staffPage.getByLabel("Sex").selectOption("FEMALE");
    await staffPage.getByLabel("Rescue date").fill("2009-11-02");
    await staffPage.getByLabel("Province of rescue").selectOption({ label: "Phnom Penh" });
    await staffPage.getByRole("button", { name: "Add a victim" }).click();
    await expect(staffPage.getByRole("heading", { level: 1, name: /Sreyneang/ })).toBeVisible();
    const domesticUrl = staffPage.url();
    await police.close();

    // The repatriation: rescued in Thailand, no case, no province.
    const abroadName = `Repatriated Person Chantrea ${key}`;
    await page.goto("/victims/new");
    await page.getByLabel("Name").fill(abroadName);
    await page.getByLabel("Sex").selectOption("FEMALE");
    await page.getByLabel("Rescue date").fill("2009-11-03");
    await page.getByRole("radio", { name: "Abroad" }).check();
    await page.getByLabel("Country of rescue").selectOption({ label: "Thailand" });
    await page.getByRole("button", { name: "Add a victim" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Chantrea/ })).toBeVisible();
    await expectAccessible(page);

    // Found by name in the list, which has no cases or suspects beside it.
    await page.goto(`/victims?q=${encodeURIComponent(abroadName)}`);
    await expect(page.getByRole("main")).toContainText("Showing 1 of 1");
    const nav = page.getByRole("navigation").first();
    await expect(nav.getByRole("link", { name: "Victims" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Cases" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Suspects" })).toHaveCount(0);
    await expectAccessible(page);

    // The domestic victim: neither listed, nor found by name, nor opened.
    await page.goto(`/victims?q=${encodeURIComponent(domesticName)}`);
    await expect(page.getByRole("main")).toContainText("No records match these filters.");
    // (The search box holds the name typed; no text on the page shows it.)
    await expect(page.getByText(domesticName)).toHaveCount(0);
    const response = await page.goto(domesticUrl);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain(domesticName);
  });

  test("is refused the case form and the import", async ({ page }) => {
    for (const path of ["/cases/new", "/import"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
  });
});
