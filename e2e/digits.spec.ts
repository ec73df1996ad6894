import { createPrismaClient } from "@/lib/db-client";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/users";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn } from "./sign-in";

// Khmer pages write figures in Khmer digits, and a user may switch to Latin digits for themself
// (decision 0028). A user of this spec's own, so the shared demo manager keeps Khmer digits for
// the specs running beside it.
const SHOTS = process.env.CTIP_SHOTS_DIR;

/** With CTIP_SHOTS_DIR set: the page's top, its history chart and the whole page, to look at. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/report-km-${name}-top.png` });
  await page
    .locator("section:has(> h2#history)")
    .screenshot({ path: `${SHOTS}/report-km-${name}-history.png` });
  await page.screenshot({ path: `${SHOTS}/report-km-${name}.png`, fullPage: true });
}

test("a manager reads the Khmer report in Khmer digits, then switches to Latin digits", async ({
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  const manager = await makeUser(db, "MANAGER").finally(() => db.$disconnect());

  await signIn(page, manager.email, TEST_PASSWORD);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "km", url: baseURL! }]);

  await page.goto("/reports/2017");
  const summary = page.locator("section:has(> h2#summary)").getByRole("table");
  // The summary's line of victims rescued in Cambodia, in either language: the one whose figure
  // opens the list of the year's victims rescued in Cambodia.
  const victims = summary.locator('tbody tr:has(a[href="/victims?year=2017&place=cambodia"])');
  // 345 victims and 757 people rescued abroad in 2017 (decision 0013), in Khmer digits.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("២០១៧");
  await expect(victims.getByRole("link")).toHaveText("៣៤៥");
  await expect(summary).toContainText("៧៥៧");
  await expect(summary).not.toContainText("345");
  await expectAccessible(page);
  await shoot(page, "khmer-digits");

  const digits = page.getByRole("form", { name: "លេខនៅលើទំព័រជាភាសាខ្មែរ" });
  await expect(digits.getByRole("button", { name: "លេខខ្មែរ ០–៩" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await digits.getByRole("button", { name: "លេខឡាតាំង 0–9" }).click();
  await expect(digits.getByRole("button", { name: "លេខឡាតាំង 0–9" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(victims.getByRole("link")).toHaveText("345");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2017");
  await expect(summary).toContainText("757");
  await expect(summary).not.toContainText("៣៤៥");
  await expectAccessible(page);
  await shoot(page, "latin-digits");

  // The choice is the user's: a new page keeps it, and English pages have no such switch.
  await page.reload();
  await expect(victims.getByRole("link")).toHaveText("345");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.reload();
  await expect(page.getByRole("form", { name: "Digits on Khmer pages" })).toHaveCount(0);
  await expect(victims.getByRole("link")).toHaveText("345");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2017");
});
