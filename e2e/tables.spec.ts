import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// The record tables on the screens people use: 1280 px (a laptop) and 1024 px, in English and in
// Khmer, whose labels are longer. A table either fits its box, or its box is a named, focusable
// scroll region with a visible shadow at the edge that hides columns. Codes and references stay
// on one line, and every cell of a row is aligned to the top.

const LOCALES = [
  { locale: "en", names: { victims: "Victims", cases: "Cases", suspects: "Suspects" } },
  { locale: "km", names: { victims: "ជនរងគ្រោះ", cases: "ករណី", suspects: "ជនសង្ស័យ" } },
] as const;
const LISTS = ["victims", "cases", "suspects"] as const;

async function useLocale(page: Page, baseURL: string | undefined, locale: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
}

/** How the table sits in its box, in CSS pixels. */
function widths(table: Locator) {
  return table.evaluate((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth }));
}

/** The number of lines a cell's text takes: its height over the line height of its text. */
function lines(cell: Locator) {
  return cell.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = el.querySelector("a") ?? el;
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    return Math.round(range.getBoundingClientRect().height / lineHeight);
  });
}

/** Every cell of the row aligned the same way, and their first lines at the same height. */
function alignment(row: Locator) {
  return row.evaluate((tr) => {
    const cells = [...tr.querySelectorAll("th, td")];
    const tops = cells.map((c) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      return range.getBoundingClientRect().top;
    });
    return {
      aligns: [...new Set(cells.map((c) => getComputedStyle(c).verticalAlign))],
      spread: Math.max(...tops) - Math.min(...tops),
    };
  });
}

async function expectFitsOrScrollsWithCue(page: Page, name: string) {
  const region = page.getByRole("region", { name, exact: true });
  const table = region.getByRole("table");
  const { table: wide, box } = await widths(table);
  if (wide <= box) return "fits";
  // Wider than its box: the region scrolls, says what it holds, takes keyboard focus, and shows
  // a shadow at the edge where columns are hidden (none at the start, which is in view).
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(page.locator("[data-scroll-cue=end]")).toBeVisible();
  await expect(page.locator("[data-scroll-cue=start]")).toHaveCount(0);
  return "scrolls";
}

test.describe("record tables at 1280 and 1024 px, in English and Khmer", () => {
  test.use({ storageState: authFile("MANAGER") });

  for (const { locale, names } of LOCALES) {
    test(`lists fit at 1280 px and fit or scroll with a cue at 1024 px (${locale})`, async ({
      page,
      baseURL,
    }) => {
      await useLocale(page, baseURL, locale);
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        for (const list of LISTS) {
          await page.goto(`/${list}`);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          const how = await expectFitsOrScrollsWithCue(page, names[list]);
          // At 1280 px every list fits: nothing is hidden off to the side.
          if (width === 1280) expect(how, `/${list} at ${width} px`).toBe("fits");

          const table = page.getByRole("table");
          // The codes and references that head each row are on one line.
          const heads = table.getByRole("rowheader");
          await expect(heads.first()).toBeVisible();
          for (let i = 0; i < 5; i++) expect(await lines(heads.nth(i))).toBe(1);
          if (list === "victims") {
            // The case reference ("PNP-2017-0014") as well, in the last column.
            const caseCells = table.locator("tbody tr td:last-child");
            for (let i = 0; i < 5; i++) expect(await lines(caseCells.nth(i))).toBe(1);
          }
          const { aligns, spread } = await alignment(table.locator("tbody tr").first());
          expect(aligns).toEqual(["top"]);
          expect(spread).toBeLessThanOrEqual(3);
        }
      }
    });
  }

  test("a table wider than its box scrolls by keyboard, and its cues follow", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto("/victims");
    const region = page.getByRole("region", { name: "Victims", exact: true });
    expect(await expectFitsOrScrollsWithCue(page, "Victims")).toBe("scrolls");
    await expectAccessible(page);
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect(page.locator("[data-scroll-cue=start]")).toBeVisible();
    // At the far end the last column is in view: the end's shadow goes, the start's stays.
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect(page.locator("[data-scroll-cue=end]")).toHaveCount(0);
    await expect(page.locator("[data-scroll-cue=start]")).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Case" })).toBeInViewport();
  });
});

test.describe("the users table", () => {
  test.use({ storageState: authFile("ADMIN") });

  for (const { locale } of LOCALES) {
    test(`fits at 1280 and 1024 px (${locale})`, async ({ page, baseURL }) => {
      await useLocale(page, baseURL, locale);
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto("/admin/users");
        const table = page.getByRole("table");
        await expect(table).toBeVisible();
        const { table: wide, box } = await widths(table);
        expect(wide, `/admin/users at ${width} px`).toBeLessThanOrEqual(box);
      }
    });
  }
});
