import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("the audit trail, as an auditor", () => {
  test.use({ storageState: authFile("AUDITOR") });

  test("filters by action, with the filters in the URL", async ({ page }) => {
    await page.goto("/audit");
    await page.getByLabel("Action").fill("user.signed_in");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]action=user.signed_in/);
    const actions = page.getByRole("table").getByRole("row").locator("td:nth-child(3)");
    await expect(actions.first()).toHaveText("user.signed_in");
    expect(new Set(await actions.allTextContents())).toEqual(new Set(["user.signed_in"]));
    await expectAccessible(page);
  });

  test("verifies the chain from the page", async ({ page }) => {
    await page.goto("/audit");
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect(page.getByRole("status")).toContainText(
      /The audit chain is intact: \d+ events verified/,
    );
  });

  test("exports CSV, and the export itself is audited", async ({ page }) => {
    await page.goto("/audit?action=user.");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await (
      await file.createReadStream()
    )
      .toArray()
      .then((c) => Buffer.concat(c).toString("utf8"));
    expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      '"id","occurred_at","actor","action","entity_type","entity_id","changes","ip","user_agent","hash"',
    );
    expect(text).toContain("user.signed_in");
    await page.goto("/audit?action=audit.exported");
    await expect(page.getByRole("table")).toContainText("auditor@demo.ncct.test");
  });
});

for (const role of ["MANAGER", "ADMIN"] as const) {
  test.describe(`${role}`, () => {
    test.use({ storageState: authFile(role) });
    test("may not export the audit trail", async ({ page }) => {
      expect((await page.request.get("/api/audit/export")).status()).toBe(403);
    });
  });
}
