import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("the audit trail, as an auditor", () => {
  test.use({ storageState: authFile("AUDITOR") });

  test("filters by action, chosen by its label, with the filters in the URL", async ({ page }) => {
    await page.goto("/audit");
    const action = page.getByRole("combobox", { name: "Action" });
    // Every choice is a label in the user's language, grouped by record type, never a raw code.
    await expect(action.locator("optgroup", { hasText: "Signed in" })).toHaveAttribute(
      "label",
      "User account",
    );
    const labels = await action.locator("option").allTextContents();
    expect(labels).toContain("Signed in");
    expect(labels).toContain("Victim's identity viewed");
    expect(labels.filter((l) => /^[a-z_]+\.[a-z_]+$/.test(l))).toEqual([]);
    await action.selectOption({ label: "Signed in" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]action=user\.signed_in(&|$)/);
    await expect(action).toHaveValue("user.signed_in");
    const actions = page.getByRole("table").getByRole("row").locator("td:nth-child(3)");
    await expect(actions.first()).toHaveText("Signed in");
    expect(new Set(await actions.allTextContents())).toEqual(new Set(["Signed in"]));
    await expectAccessible(page);
  });

  test("filters by record type, and refuses a value not on the list beside its filter", async ({
    page,
  }) => {
    await page.goto("/audit");
    // Sign-ins (auth.setup) are the user-account events every run has.
    await page
      .getByRole("combobox", { name: "Record type" })
      .selectOption({ label: "User account" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]entityType=user(&|$)/);
    const records = page.getByRole("table").getByRole("row").locator("td:nth-child(4)");
    await expect(records.first()).toContainText("User account");
    const types = await records.allTextContents();
    expect(types.filter((t) => !t.startsWith("User account"))).toEqual([]);

    await page.goto("/audit?action=user.&entityType=user");
    const action = page.getByRole("combobox", { name: "Action" });
    await expect(action).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#filter-action-error")).toHaveText(
      "This filter was not applied: Choose one of the options.",
    );
    await expect(records.first()).toContainText("User account"); // the other filter applies
    const refused = await page.request.get("/api/audit/export?action=user.");
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toBe("Invalid filters: action.\n");
  });

  test("in Khmer: labelled choices, and times on the 24-hour clock", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "km", url: baseURL! }]);
    await page.goto("/audit?entityType=user");
    await expect(page.locator("html")).toHaveAttribute("lang", "km");
    const action = page.getByRole("combobox", { name: "សកម្មភាព" });
    expect(await action.locator("option").allTextContents()).toContain("បានចូលប្រើប្រព័ន្ធ");
    const when = page.getByRole("table").getByRole("row").locator("td:nth-child(1)");
    // 24-hour time in Khmer digits (decision 0028): ០០:០០ to ២៣:៥៩.
    await expect(when.first()).toHaveText(/ ([០១][០-៩]|២[០-៣]):[០-៥][០-៩]$/);
    const times = await when.allTextContents();
    expect(times.filter((t) => /AM|PM|ព្រឹក|ល្ងាច/.test(t))).toEqual([]);
    await expect(page.getByRole("columnheader", { name: "ពេលវេលា (ម៉ោងភ្នំពេញ)" })).toBeVisible();
    await expectAccessible(page);

    // Values in Khmer too: the seed's counts and years in Khmer digits, none in Latin digits.
    await page.goto("/audit?action=seed.loaded");
    const seeded = page.getByRole("table").getByRole("row").locator("td:nth-child(5)").first();
    await expect(seeded).toContainText(/ករណី:[០-៩.]+/);
    await expect(seeded).toContainText(/ឆ្នាំ:២០[០-៩]{2}/);
    expect(await seeded.textContent()).not.toMatch(/[0-9]/);

    // The chain check counts in Khmer digits too.
    await page.getByRole("button", { name: "ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ខ្សែសង្វាក់" })).toHaveText(
      /^ខ្សែសង្វាក់សវនកម្មនៅដដែល៖ បានផ្ទៀងផ្ទាត់ព្រឹត្តិការណ៍ [០-៩][០-៩.]*។$/,
    );
  });

  test("verifies the chain from the page", async ({ page }) => {
    await page.goto("/audit");
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect(page.getByRole("status")).toContainText(
      /The audit chain is intact: \d+ events verified/,
    );
  });

  test("exports CSV, and the export itself is audited", async ({ page }) => {
    await page.goto("/audit?entityType=user");
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
    // The export's facts by their labels, not as codes and JSON.
    await expect(page.getByRole("table")).toContainText("Format:CSV");
    await expect(page.getByRole("table")).toContainText("Filters:Record type: User account");
  });
});

test.describe("a victim's identity in the audit trail", () => {
  test.use({ storageState: authFile("STAFF") });

  test("is withheld from the auditor's page and export and the manager's history", async ({
    page,
    browser,
  }) => {
    test.slow(); // three roles, four pages and an export
    // Random letters: unlike a shared prefix, they match no earlier run's victim as a duplicate.
    const word = () => Math.random().toString(36).slice(2, 10).replace(/\d/g, "x");
    const name = `Fictional ${word()} ${word()}`;
    await page.goto("/victims/new");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Sex").selectOption("FEMALE");
    await page.getByLabel("Age at rescue, if no date of birth").fill("17");
    await page.getByLabel("Rescue date").fill("2013-05-05");
    await page.getByLabel("Province of rescue").selectOption({ label: "Phnom Penh" });
    await page.getByRole("button", { name: "Add a victim" }).click();
    // Saving hashes an audit event under the chain lock: slow on a loaded machine.
    await expect(page.getByRole("heading", { level: 1, name: /^V-[0-9A-Z]{6} · / })).toBeVisible({
      timeout: 20_000,
    });
    const id = new URL(page.url()).pathname.split("/").at(-1)!;
    // Staff, who may read identities, see the name in the record's history.
    await expect(page.getByRole("region", { name: "History" })).toContainText(name);

    const asAuditor = await browser.newContext({ storageState: authFile("AUDITOR") });
    const audit = await asAuditor.newPage();
    await audit.goto("/audit");
    await expect(audit.getByRole("table")).toContainText("Victim added");
    expect(await audit.content()).not.toContain(name);
    await audit.goto(`/audit?entityId=${id}`);
    const row = audit.getByRole("row").filter({ hasText: "Victim added" });
    await expect(row).toContainText("Name:");
    await expect(row).toContainText("withheld");
    // Values by their labels in the reader's language, not as stored codes.
    const field = (label: string) => row.locator("dl > div").filter({ hasText: label });
    await expect(field("Sex:")).toContainText("∅ → Female");
    await expect(field("Province of rescue:")).toContainText("∅ → Phnom Penh");
    await expect(field("Rescue date and time:")).toContainText("∅ → 5 May 2013, ");
    await expect(row).not.toContainText("FEMALE");
    expect(await audit.content()).not.toContain(name);
    await expectAccessible(audit);
    const csv = await (await audit.request.get(`/api/audit/export?entityId=${id}`)).text();
    expect(csv).toContain("victim.created");
    expect(csv).not.toContain(name);
    await asAuditor.close();

    const asManager = await browser.newContext({ storageState: authFile("MANAGER") });
    const victim = await asManager.newPage();
    await victim.goto(`/victims/${id}`);
    await expect(victim.getByRole("region", { name: "History" })).toContainText("withheld");
    expect(await victim.content()).not.toContain(name);
    await asManager.close();
  });
});

test.describe("the read-access log", () => {
  test.use({ storageState: authFile("STAFF") });

  test("a staff visit to a victim's page is on the auditor's /audit, with its label", async ({
    page,
    browser,
  }) => {
    await page.goto("/victims");
    await page
      .getByRole("link", { name: /^V-[0-9A-Z]{6}$/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /^V-[0-9A-Z]{6} · / })).toBeVisible();
    const id = new URL(page.url()).pathname.split("/").at(-1)!;

    const asAuditor = await browser.newContext({ storageState: authFile("AUDITOR") });
    const audit = await asAuditor.newPage();
    await audit.goto(`/audit?entityId=${id}&action=victim.identity_viewed`);
    // This visit's row: another spec's staff may have shown the same victim on its case page since,
    // so the newest row of the victim is not always this one.
    const row = audit
      .getByRole("row")
      .filter({ hasText: "Victim's identity viewed" })
      .filter({ hasText: "Shown on:Victim's page" })
      .first();
    await expect(row).toContainText("staff@demo.ncct.test");
    await expectAccessible(audit);
    await asAuditor.close();
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
