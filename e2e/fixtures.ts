import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

// Moderate counts too: landmark-unique (two regions of one name) is moderate, and it is exactly
// what a screen-reader user meets when they list the page's landmarks.
const BLOCKING = new Set(["moderate", "serious", "critical"]);

/** Fails on any moderate, serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  expect(
    blocking.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    ),
  ).toEqual([]);
}

// Any browser console error or uncaught page error fails the test, except those a test expects
// (a 403 page makes the browser log the status it was served with).
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await use(errors);
      expect(errors.filter((e) => !expectedConsoleErrors.some((re) => re.test(e)))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
