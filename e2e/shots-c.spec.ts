import { test } from "./fixtures";
import { authFile } from "./roles";

const dir = "/work/shots/c";
for (const lang of ["en", "km"] as const) {
  test.describe(`shots ${lang}`, () => {
    test.use({ storageState: authFile("AUDITOR"), locale: "en-US" });
    test(`audit ${lang}`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: lang, url: baseURL! }]);
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/audit?from=2026-01-01");
        await page.screenshot({ path: `${dir}/audit-${lang}-${width}.png`, fullPage: false });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/audit?action=nope&entityType=user");
      await page.screenshot({ path: `${dir}/audit-refused-${lang}-1280.png` });
      await page.goto("/");
      await page.screenshot({ path: `${dir}/overview-${lang}-1280.png` });
    });
  });
  test.describe(`form shots ${lang}`, () => {
    test.use({ storageState: authFile("STAFF"), locale: "en-US" });
    test(`case form ${lang}`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: lang, url: baseURL! }]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/cases/new");
      await page.locator("#field-crackedDownOn").fill("2017-12-31");
      await page.locator("#field-crackedDownTime").fill("19:05");
      await page.screenshot({ path: `${dir}/case-form-${lang}-1280.png`, fullPage: true });
    });
  });
}
