import type { Page } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// Signs in as each role with the interface in Khmer, opens every page the role may open, and
// fails on any visible English: a text node, or a label a screen reader reads (aria-label, title,
// placeholder, alt), holding a Latin word that is not on the allowlist below. Every page also
// passes axe in Khmer.
//
// What is not the interface's to translate is marked in the markup with the HTML attribute
// translate="no" (which also tells browsers' translation tools to leave it alone): people's
// names, e-mail addresses, record codes and the free text people typed (a case summary, a
// charge, a unit's name). The detector skips those subtrees. What remains must be Khmer, apart
// from codes a Khmer page writes in Latin letters too. An element marked as another language
// (lang="en", as the language switch names English in English) is skipped as well.

/** Codes written in Latin script on a Khmer page, removed before looking for words. */
const ALLOWED = [
  /\b[A-Z]{1,5}-\d{4}-\d{2,}\b/g, // case codes: PNP-2017-0001
  /\b[VS]-[A-Z0-9]{6}\b/g, // victims' and suspects' pseudonymous codes: V-MVVPXS
  /\b(?:XLSX|CSV|PDF|JSON|SHA-256|UTC|ISO|URL|HTTP|ID|CTDC)\b/g, // formats, standards, datasets
  /\b(?:UNODC|GLOTIP|TIP)\b/g, // the international reports' own names, as Khmer texts write them
  /\b[A-Z]{2,3}\b/g, // ISO 3166 and ISO 639 codes (TH, KHM, km)
  /\b[A-Z]{2,3}(?:-[A-Z0-9]{1,3})?\b/g, // ISO 3166-2 province codes (KH-12)
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, // record ids
  /\b[0-9a-f]{12,64}\b/g, // hash prefixes and digests
  /\bAsia\/Phnom_Penh\b/g, // the time zone's IANA id, stated beside "Phnom Penh time" in the rules
  /\bExcel\b/g, // a product's name, written so in Khmer too
  /\S+@\S+\.\S+/g, // e-mail addresses in running text
  /\bctip-[a-z0-9-]+\/\d+\b/g, // rule identifiers in documents (ctip-small-cells/1)
  /\b(?:km|en)\b/g, // language codes
];

/** The Latin words left on a page after the allowlist, with where they were seen. */
async function englishOn(page: Page): Promise<string[]> {
  // Closed disclosures hold text too: open them, so their contents are checked as well.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const skipped = (el: Element | null) =>
      !el ||
      el.closest('[translate="no"], [lang]:not([lang="km"]), script, style, noscript, template') !==
        null;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        style.visibility !== "hidden" && style.display !== "none" && el.getClientRects().length > 0
      );
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || skipped(parent)) continue;
      // Text a screen reader reads counts even when drawn off-screen (sr-only).
      if (!visible(parent) && !parent.closest(".sr-only")) continue;
      found.push(text);
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
      if (skipped(el)) continue;
      for (const attr of ["aria-label", "title", "placeholder", "alt"]) {
        const value = el.getAttribute(attr)?.trim();
        if (value) found.push(`${attr}=${value}`);
      }
    }
    found.push(`title=${document.title}`);
    return found;
  });
  return texts.filter((text) => {
    const rest = ALLOWED.reduce((t, re) => t.replace(re, " "), text.replace(/^[a-z-]+=/, ""));
    return /[A-Za-z]{2,}/.test(rest);
  });
}

async function inKhmer(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "km", url: baseURL! }]);
}

/** The path of the first record a list links to, so detail pages are visited too. */
async function firstRecord(page: Page, list: string, prefix: string): Promise<string> {
  await page.goto(list);
  const href = await page
    .locator(`main a[href^="${prefix}"]`)
    .evaluateAll(
      (links, p) =>
        links.map((a) => a.getAttribute("href")!).find((h) => new RegExp(`^${p}[^/?]+$`).test(h)),
      prefix,
    );
  expect(href, `a record linked from ${list}`).toBeTruthy();
  return href!;
}

const PAGES: Record<Role, string[]> = {
  STAFF: [
    "/",
    "/cases",
    "/cases/new",
    "/victims",
    "/victims/new",
    "/suspects",
    "/referrals",
    "/import",
    "/reports",
    "/reports/2017",
    "/change-password",
  ],
  MANAGER: [
    "/",
    "/cases",
    "/victims",
    "/suspects",
    "/reports",
    "/reports/2017",
    "/reports/2017/print",
  ],
  AUDITOR: ["/", "/cases", "/victims", "/suspects", "/reports", "/reports/2017", "/audit"],
  ADMIN: [
    "/",
    "/admin/users",
    "/admin/users/new",
    "/admin/agencies",
    "/admin/agencies/new",
    "/change-password",
  ],
};

/** Detail pages reached from a list: the list's path and the prefix of its record links. */
const DETAILS: Record<Role, [string, string][]> = {
  STAFF: [
    ["/cases", "/cases/"],
    ["/victims", "/victims/"],
    ["/referrals", "/referrals/"],
  ],
  MANAGER: [["/cases", "/cases/"]],
  AUDITOR: [
    ["/cases", "/cases/"],
    ["/victims", "/victims/"],
  ],
  ADMIN: [["/admin/users", "/admin/users/"]],
};

for (const role of Object.keys(PAGES) as Role[]) {
  test.describe(`${role} in Khmer`, () => {
    test.use({ storageState: authFile(role) });

    for (const path of PAGES[role]) {
      test(`${path} has no English and passes axe`, async ({ page, baseURL }) => {
        test.slow(); // axe over whole pages, and the report page is large
        await inKhmer(page, baseURL);
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        await expect(page.locator("html")).toHaveAttribute("lang", "km");
        expect(await englishOn(page)).toEqual([]);
        await expectAccessible(page);
      });
    }

    for (const [list, prefix] of DETAILS[role]) {
      test(`a record from ${list} has no English and passes axe`, async ({ page, baseURL }) => {
        test.slow();
        await inKhmer(page, baseURL);
        const path = await firstRecord(page, list, prefix);
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        expect(await englishOn(page)).toEqual([]);
        await expectAccessible(page);
      });
    }
  });
}

test.describe("signed out, in Khmer", () => {
  test("the sign-in page has no English and passes axe", async ({ page, baseURL }) => {
    await inKhmer(page, baseURL);
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "km");
    expect(await englishOn(page)).toEqual([]);
    await expectAccessible(page);
  });
});

test.describe("the detector", () => {
  test("finds an English word, and passes codes and translate=no", async ({ page }) => {
    await page.setContent(`<html lang="km"><body>
      <p>ករណី PNP-2017-0001 នៅ KH-12 (KHM) ជា XLSX</p>
      <p translate="no">Sample Victim 0001</p>
      <p>ជនរងគ្រោះ Victims</p>
      <button aria-label="Close">×</button>
    </body></html>`);
    expect(await englishOn(page)).toEqual(["ជនរងគ្រោះ Victims", "aria-label=Close"]);
  });
});
