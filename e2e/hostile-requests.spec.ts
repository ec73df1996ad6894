import { expect, test } from "./fixtures";
import { authFile } from "./roles";

// Posts from another origin carry a signed-in user's cookie but not their intent: refused with a
// 403 before anything runs (lib/auth/same-origin.ts, in proxy.ts and guardedRoute). Hostile
// filter values are refused beside their field, never with a 5xx.

const HEADER = "Offence type,Province,Lead agency,Crack-down date,Status";
// 2008: a year no other spec or the seed writes, so "nothing written" is a count of zero.
const CSV = `${HEADER}\nLABOUR_EXPLOITATION,Phnom Penh,Cross-origin unit,2008-05-15,OPEN\n`;
const file = { name: "cases.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) };

test.describe("cross-origin posts, with a staff user's cookie", () => {
  test.use({ storageState: authFile("STAFF") });

  test("an import posted from another origin is refused and writes nothing", async ({
    page,
    baseURL,
  }) => {
    const sibling = baseURL!.replace("//", "//sub.");
    for (const origin of ["http://evil.example", sibling, "null"]) {
      const response = await page.request.post("/api/import/cases", {
        headers: { origin },
        multipart: { file },
      });
      expect(response.status(), origin).toBe(403);
    }
    const sameSite = await page.request.post("/api/import/cases", {
      headers: { "sec-fetch-site": "same-site" },
      multipart: { file },
    });
    expect(sameSite.status()).toBe(403);
    await page.goto("/cases?year=2008");
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(0);

    // The same request from the app's own origin is accepted: the refusal was the origin's.
    const own = await page.request.post("/api/import/cases", {
      headers: { origin: baseURL! },
      multipart: { file: { ...file, buffer: Buffer.from(CSV.replace("2008", "2007")) } },
    });
    expect(own.status()).toBe(200);
    await own.body();
    await page.goto("/cases?year=2007");
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(1);
  });

  test("a server action posted from another origin is a 403, not a 500", async ({ page }) => {
    const response = await page.request.post("/cases/new", {
      headers: { origin: "http://evil.example", "next-action": "0".repeat(42) },
      multipart: { name: "x" },
    });
    expect(response.status()).toBe(403);
  });
});

test.describe("control characters in filters", () => {
  test("a NUL in a list's search is named beside the field, not a 500", async ({ browser }) => {
    const page = await browser.newPage({ storageState: authFile("STAFF") });
    const response = await page.goto("/victims?q=%00");
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/contains control characters/)).toBeVisible();
    await page.close();
  });

  test("a NUL in an audit filter is named beside the field, not a 500", async ({ browser }) => {
    const page = await browser.newPage({ storageState: authFile("AUDITOR") });
    for (const name of ["actor", "entityId"]) {
      const response = await page.goto(`/audit?${name}=%00`);
      expect(response?.status(), name).toBe(200);
      await expect(page.locator(`#filter-${name}-error`)).toContainText("control characters");
    }
    // The action is a choice from a list: anything else, a NUL included, is not on it.
    expect((await page.goto("/audit?action=%00"))?.status()).toBe(200);
    await expect(page.locator("#filter-action-error")).toContainText("Choose one of the options");
    const csv = await page.request.get("/api/audit/export?actor=%00");
    expect(csv.status()).toBe(400);
    await page.close();
  });
});
