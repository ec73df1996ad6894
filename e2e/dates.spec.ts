import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// The browser draws a date box in its own order (mm/dd/yyyy in many), which a page cannot set:
// each date and time input says, beside it, how its value reads on every page.
test.describe("date and time inputs, as staff", () => {
  test.use({ storageState: authFile("STAFF") });

  test("say in English how the date typed reads, tied to the input", async ({ page }) => {
    await page.goto("/cases/new");
    const date = page.getByLabel("Crack-down date");
    const hintId = (await date.getAttribute("aria-describedby"))!.split(" ")[0]!;
    const hint = page.locator(`[id="${hintId}"]`);
    await expect(hint).toContainText("your browser sets the order of day and month");
    await expect(hint).not.toContainText("Reads as");
    await date.fill("2017-12-31");
    await expect(hint).toContainText("Reads as 31 Dec 2017.");
    await expect(date).toHaveAccessibleDescription(/Reads as 31 Dec 2017\./);
    const time = page.getByLabel("Time (optional)");
    await time.fill("19:05");
    await expect(time).toHaveAccessibleDescription(/24-hour clock\. Reads as 19:05\./);
    await expectAccessible(page);
  });

  test("say it in Khmer too", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "km", url: baseURL! }]);
    await page.goto("/victims/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "km");
    const date = page.locator("#victim-new-rescuedOn");
    await expect(date).toHaveAccessibleDescription(/កម្មវិធីរុករករបស់អ្នកកំណត់លំដាប់ថ្ងៃ និងខែ/);
    await date.fill("2017-12-31");
    await expect(date).toHaveAccessibleDescription(/អានថា ៣១ ធ្នូ ២០១៧។/);
    await expectAccessible(page);
  });
});
