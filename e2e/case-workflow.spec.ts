import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// Decision 0036: a case moves along its workflow through the case page's status form, which
// offers only the allowed moves and refuses a bad one beside its field; the history shows each
// change with its date, who made it, the reason and the note.

/** Opens the status form (a disclosure) if it is closed, and returns it. */
async function statusForm(page: Page) {
  const form = page.getByRole("form", { name: "Change status" });
  if (!(await form.isVisible()))
    await page.locator("summary", { hasText: "Change status" }).click();
  await expect(form).toBeVisible();
  return form;
}

async function move(page: Page, to: string, on: string) {
  const form = await statusForm(page);
  await form.getByLabel("New status").selectOption(to);
  await form.getByLabel("Date of the change").fill(on);
  return form;
}

test.describe("staff move a case through its workflow", () => {
  test.use({ storageState: authFile("STAFF") });

  test("open to closed with a reason, refusals beside their fields, and the history", async ({
    page,
  }) => {
    test.slow();
    await page.goto("/cases/new");
    // The form has no status: a case starts open.
    await expect(page.getByLabel("Status")).toHaveCount(0);
    await page.getByLabel("Offence").selectOption("LABOUR_EXPLOITATION");
    await page.getByLabel("Lead agency").fill("Workflow Test Police Unit");
    await page.getByLabel("Crack-down date").fill("2015-03-01");
    await page.getByRole("button", { name: "Create case" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /^Case PNP-2015-\d{4}$/ }),
    ).toBeVisible();
    const status = page.getByRole("region", { name: "Status", exact: true });
    await expect(status).toContainText("Open since 1 Mar 2015.");

    // Only the allowed moves are offered.
    const form = await statusForm(page);
    await expect(form.getByLabel("New status").locator("option")).toHaveText([
      "Move on to Investigation",
      "Close the case",
    ]);
    await expectAccessible(page);
    await move(page, "INVESTIGATION", "2015-03-05");
    await form.getByRole("button", { name: "Change status" }).click();
    await expect(status).toContainText("Investigation since 5 Mar 2015.");

    // A date before the last change is refused beside the date.
    let next = await move(page, "PROSECUTION", "2015-03-04");
    await next.getByRole("button", { name: "Change status" }).click();
    await expect(next.getByLabel("Date of the change")).toHaveAccessibleDescription(
      /The date cannot be before the case's last status change\./,
    );
    await expectAccessible(page);
    await next.getByLabel("Date of the change").fill("2015-06-01");
    await next.getByRole("button", { name: "Change status" }).click();
    await expect(status).toContainText("Prosecution since 1 Jun 2015.");

    next = await move(page, "IN_COURT", "2015-09-01");
    await next.getByRole("button", { name: "Change status" }).click();
    await expect(status).toContainText("In court since 1 Sept 2015.");

    // Closing needs a reason.
    next = await move(page, "CLOSED", "2016-02-01");
    await next.getByRole("button", { name: "Change status" }).click();
    await expect(next.getByLabel("Reason for closing")).toHaveAccessibleDescription(
      "Choose the reason for closing the case.",
    );
    await next.getByLabel("Reason for closing").selectOption("CONVICTION");
    await next.getByLabel("Note (optional)").fill("Verdict final, no appeal.");
    await next.getByRole("button", { name: "Change status" }).click();
    await expect(status).toContainText("Closed since 1 Feb 2016. Closed because: Conviction.");

    // The history, oldest first.
    const history = status.getByRole("table");
    const rows = history.getByRole("row");
    await expect(rows).toHaveCount(6);
    await expect(rows.nth(1)).toContainText("1 Mar 2015");
    await expect(rows.nth(1)).toContainText("Recorded as Open");
    await expect(rows.nth(2)).toContainText("Open → Investigation");
    await expect(rows.nth(5)).toContainText("In court → Closed");
    await expect(rows.nth(5)).toContainText("Conviction");
    await expect(rows.nth(5)).toContainText("Verdict final, no appeal.");
    await expect(rows.nth(5)).toContainText("Sokha Demo");

    // A closed case only reopens, and only with a note.
    next = await statusForm(page);
    await expect(next.getByLabel("New status").locator("option")).toHaveText([
      "Reopen, at Investigation",
    ]);
    await next.getByLabel("Date of the change").fill("2016-03-01");
    await next.getByRole("button", { name: "Change status" }).click();
    await expect(next.getByLabel("Note (required: say why)")).toHaveAccessibleDescription(
      /Write a note saying why\./,
    );
    await expect(rows).toHaveCount(6);
    await expectAccessible(page);

    // The audit trail names the change.
    await expect(page.getByRole("region", { name: "History", exact: true })).toContainText(
      "Case status changed",
    );
  });
});

test.describe("staff find the stale cases", () => {
  test.use({ storageState: authFile("STAFF") });

  test("the list's stale filter, its column, and the case page's notice", async ({ page }) => {
    await page.goto("/cases?stale=1");
    await expect(page.getByLabel("Activity")).toHaveValue("1");
    const rows = page.getByRole("table").getByRole("row");
    // The demo cases include stale ones (prisma/seed-workflow.ts); every row listed is one.
    await expect(rows.nth(1)).toBeVisible();
    const body = rows.filter({ has: page.getByRole("cell") });
    const count = await body.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(body.nth(i)).toContainText("Stale");
    await expectAccessible(page);
    await body.first().getByRole("link").first().click();
    await expect(page.getByRole("region", { name: "Status", exact: true })).toContainText(
      /This case is stale: nothing about it has changed since .+ \(no activity for 90 days, from .+\)\./,
    );
    await expectAccessible(page);
  });
});

test.describe("managers read a case's status history", () => {
  test.use({ storageState: authFile("MANAGER") });

  test("the history without the form that changes it", async ({ page }) => {
    await page.goto("/cases?province=12&year=2017");
    await page.getByRole("table").getByRole("rowheader").getByRole("link").first().click();
    const status = page.getByRole("region", { name: "Status", exact: true });
    await expect(status.getByRole("table").getByRole("row").nth(1)).toContainText(
      "Recorded as Open",
    );
    await expect(page.locator("summary", { hasText: "Change status" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Change status" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
