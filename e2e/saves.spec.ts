import type { Page, Request, Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { authFile } from "./roles";

// Decision 0038: an edit save answers with its new version and the fields it changed, not with
// the re-rendered page. The form keeps what was typed and submits the new version next time; the
// rest of the page catches up in the background; a stale tab still gets the conflict message.

const isAction = (r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined;

/**
 * Clicks and returns the server action's response body, read on its way to the page: Chromium
 * does not always keep a streamed fetch's body for `response.body()` afterwards (a CI run lost
 * the status change's, the longest).
 */
async function saveBy(page: Page, click: () => Promise<void>) {
  let body: string | undefined;
  const handler = async (route: Route) => {
    if (!isAction(route.request())) return route.fallback();
    const response = await route.fetch();
    body = await response.text();
    await route.fulfill({ response, body });
  };
  await page.route("**/*", handler);
  try {
    await Promise.all([page.waitForResponse((r) => isAction(r.request())), click()]);
  } finally {
    await page.unroute("**/*", handler);
  }
  if (body === undefined) throw new Error("the server action's response was not seen");
  return body;
}

const lead = (page: Page, name: string) =>
  page.getByRole("definition").filter({ hasText: new RegExp(`^${name}$`) });

test.describe("edit saves return only what changed", () => {
  test.use({ storageState: authFile("STAFF") });

  test("a case and its victim save twice without a reload; a stale tab is refused", async ({
    page,
  }) => {
    test.slow();
    await page.goto("/cases/new");
    await page.getByLabel("Offence").selectOption("LABOUR_EXPLOITATION");
    await page.getByLabel("Lead agency").fill("Saves Unit One");
    await page.getByLabel("Crack-down date").fill("2016-02-01");
    await page.getByRole("button", { name: "Create case" }).click();
    // The first save after the server starts also warms up the case page's route.
    await expect(page.getByRole("heading", { level: 1, name: /^Case / })).toBeVisible({
      timeout: 20_000,
    });
    const stale = await page.context().newPage();
    await stale.goto(page.url());

    await page.locator("summary", { hasText: "Edit case" }).click();
    await page.getByLabel("Lead agency").fill("Saves Unit Two");
    const first = await saveBy(page, () => page.getByRole("button", { name: "Save case" }).click());
    // What changed, and no page: the new lead agency would be in a re-rendered page's facts.
    expect(first).toContain('"changed":["leadAgency"]');
    expect(first).not.toContain("Saves Unit Two");
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    // The facts catch up without a reload, and the form keeps what was typed.
    await expect(lead(page, "Saves Unit Two")).toBeVisible();
    await expect(page.getByLabel("Lead agency")).toHaveValue("Saves Unit Two");
    await page.getByLabel("Lead agency").fill("Saves Unit Three");
    const second = await saveBy(page, () =>
      page.getByRole("button", { name: "Save case" }).click(),
    );
    expect(second).toContain('"ok":true');
    expect(second).toContain('"changed":["leadAgency"]');
    await expect(lead(page, "Saves Unit Three")).toBeVisible();
    console.log(`case save response: ${Buffer.byteLength(second)} bytes`);

    // The tab opened before both saves is refused, naming who changed which field.
    await stale.locator("summary", { hasText: "Edit case" }).click();
    await stale.getByLabel("Lead agency").fill("Saves Unit Stale");
    await stale.getByRole("button", { name: "Save case" }).click();
    await expect(
      stale.getByRole("alert").filter({ hasText: /changed this record since you opened it/ }),
    ).toContainText("(Lead agency)");
    await stale.close();

    // A status change still re-renders the page: the size an edit save had before (same page).
    const statusForm = page.getByRole("form", { name: "Change status" });
    await page.locator("summary", { hasText: "Change status" }).click();
    await statusForm.getByLabel("New status").selectOption("INVESTIGATION");
    await statusForm.getByLabel("Date of the change").fill("2016-02-05");
    const full = await saveBy(page, () =>
      statusForm.getByRole("button", { name: "Change status" }).click(),
    );
    console.log(`full-page (status change) response: ${Buffer.byteLength(full)} bytes`);
    expect(Buffer.byteLength(second) * 10).toBeLessThan(Buffer.byteLength(full));

    // A victim, edited twice in place on the case page.
    await page.locator("summary", { hasText: "Add a victim" }).click();
    const add = page.locator("details", { hasText: "Add a victim" });
    await add.getByLabel("Name").fill("Fictional Saves Victim");
    await add.getByLabel("Sex").selectOption("FEMALE");
    await add.getByLabel("Age at rescue, if no date of birth").fill("17");
    await add.getByLabel("Rescue date").fill("2016-02-01");
    await add.getByLabel("Province of rescue").selectOption({ label: "Phnom Penh" });
    await add.getByLabel("Exploitation").selectOption("LABOUR");
    await add.getByRole("button", { name: "Add a victim" }).click();
    await expect(page.getByRole("heading", { name: "Victims (1)" })).toBeVisible();
    const victim = page.getByRole("listitem").filter({ hasText: "Fictional Saves Victim" });
    await victim.locator("summary", { hasText: /^Edit / }).click();
    await victim.getByLabel("Age at rescue, if no date of birth").fill("16");
    const v1 = await saveBy(page, () =>
      victim.getByRole("button", { name: "Save victim" }).click(),
    );
    expect(v1).toContain('"changed":["ageAtRescue"]');
    expect(v1).not.toContain("Fictional Saves Victim");
    await victim.getByLabel("Exploitation").selectOption("SEXUAL");
    const v2 = await saveBy(page, () =>
      victim.getByRole("button", { name: "Save victim" }).click(),
    );
    expect(v2).toContain('"changed":["exploitationType"]');
    await expect(victim).toContainText("Sexual");
    await page.reload();
    await expect(
      page.getByRole("listitem").filter({ hasText: "Fictional Saves Victim · Female · Sexual" }),
    ).toBeVisible();
  });
});
