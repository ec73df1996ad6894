import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

test.describe("staff enter a case with its suspects and victims", () => {
  test.use({ storageState: authFile("STAFF") });

  test("create, see a validation error, add people, edit, delete and restore", async ({ page }) => {
    test.slow();
    await page.goto("/cases/new");
    await expectAccessible(page);
    await page.getByLabel("Offence").selectOption("SEXUAL_EXPLOITATION");
    await page.getByLabel("Lead agency").fill("Phnom Penh Anti-Human Trafficking Police");
    await page.getByLabel("Crack-down date").fill("2999-01-01");
    await page.getByRole("button", { name: "Create case" }).click();
    const date = page.getByLabel("Crack-down date");
    await expect(date).toHaveAccessibleDescription(/This date is in the future\./);
    await expect(page.getByLabel("Lead agency")).toHaveValue(
      "Phnom Penh Anti-Human Trafficking Police",
    );
    await expectAccessible(page);

    await date.fill("2014-12-31");
    await page.getByLabel("Time (optional)").fill("23:30");
    await page.getByRole("button", { name: "Create case" }).click();
    const heading = page.getByRole("heading", { level: 1, name: /^Case PNP-2014-\d{4}$/ });
    await expect(heading).toBeVisible();
    // 23:30 on 31 December in Phnom Penh belongs to 2014 (the reference says so too).
    await expect(page.getByRole("definition").filter({ hasText: /^31 Dec 2014$/ })).toBeVisible();

    // A suspect known to be foreign, nationality unknown.
    await page.locator("summary", { hasText: "Add a suspect" }).click();
    const suspectForm = page.locator("details", { hasText: "Add a suspect" });
    await suspectForm.getByLabel("Name").fill("Fictional Broker One");
    await suspectForm.getByLabel("Role").selectOption("BROKER");
    await suspectForm.getByLabel("Nationality").selectOption("FOREIGN");
    await suspectForm.getByLabel("Arrest date").fill("2015-01-02");
    await suspectForm.getByRole("button", { name: "Add a suspect" }).click();
    await expect(page.getByRole("heading", { name: "Suspects (1)" })).toBeVisible();
    await expect(
      page.getByText("Fictional Broker One · Broker · Foreign, nationality not known"),
    ).toBeVisible();
    const suspectItem = page
      .getByRole("listitem")
      .filter({ hasText: "Fictional Broker One · Broker" });
    await suspectItem.locator("summary", { hasText: "History" }).click();
    await expect(suspectItem).toContainText("Suspect added");

    // Court proceedings: a sentence while the trial is pending is refused beside the field.
    await suspectItem.locator("summary", { hasText: "Edit Fictional Broker One" }).click();
    const court = suspectItem.getByRole("group", { name: "Court proceedings" });
    await court.getByLabel("Charge date").fill("2015-01-10");
    await court.getByLabel("Court of first instance").selectOption({
      label: "Phnom Penh Municipal Court",
    });
    await court.getByRole("checkbox", { name: "Art. 15", exact: true }).check();
    await court.getByLabel("Criminal Code articles").fill("239");
    await court.getByLabel("Verdict", { exact: true }).selectOption("PENDING");
    await court.getByLabel("Prison sentence in months").fill("84");
    await suspectItem.getByRole("button", { name: "Save suspect" }).click();
    await expect(court.getByLabel("Prison sentence in months")).toHaveAccessibleDescription(
      "A sentence or a fine needs the verdict “Convicted”.",
    );
    await expect(court.getByRole("checkbox", { name: "Art. 15", exact: true })).toBeChecked();
    await expectAccessible(page);
    await court.getByLabel("Verdict", { exact: true }).selectOption("CONVICTED");
    await court.getByLabel("Verdict date").fill("2015-03-31");
    await court.getByLabel("Verdict time (optional)").fill("23:30");
    await court.getByLabel("Fine in riel").fill("2000000");
    await court.getByLabel("Appeal").selectOption("LODGED");
    await suspectItem.getByRole("button", { name: "Save suspect" }).click();
    const saved = page.getByRole("listitem").filter({ hasText: "Fictional Broker One · Broker" });
    await expect(saved).toContainText(
      "charged 10 Jan 2015 · Phnom Penh Municipal Court · 2008 Law, Art. 15 · Criminal Code, Art. 239",
    );
    await expect(saved).toContainText(
      "Convicted on 31 Mar 2015 · 84 months' prison · fine of 2,000,000 riel · appeal: Appeal lodged",
    );
    await page.reload();
    await saved.locator("summary", { hasText: "History" }).click();
    const edited = saved.getByRole("listitem").filter({ hasText: "Suspect edited" });
    await expect(edited).toContainText("Verdict:");
    await expect(edited).toContainText("Convicted");
    await expect(edited).toContainText("Verdict date and time:");
    await expect(edited).toContainText("31 Mar 2015, 23:30");
    await expect(edited).toContainText("Articles charged:");
    await expect(edited).toContainText("LSHTSE-15, CC-239");
    await expect(edited).toContainText("Appeal lodged");
    await expectAccessible(page);

    // A victim with an impossible age first.
    await page.locator("summary", { hasText: "Add a victim" }).click();
    const victimForm = page.locator("details", { hasText: "Add a victim" });
    await victimForm.getByLabel("Name").fill("Fictional Victim One");
    await victimForm.getByLabel("Sex").selectOption("FEMALE");
    await victimForm.getByLabel("Age at rescue, if no date of birth").fill("130");
    await victimForm.getByLabel("Rescue date").fill("2014-12-31");
    await victimForm.getByLabel("Province of rescue").selectOption({ label: "Phnom Penh" });
    await victimForm.getByLabel("Exploitation").selectOption("SEXUAL");
    await victimForm.getByRole("button", { name: "Add a victim" }).click();
    await expect(
      victimForm.getByLabel("Age at rescue, if no date of birth"),
    ).toHaveAccessibleDescription("An age must be between 0 and 120.");
    await victimForm.getByLabel("Age at rescue, if no date of birth").fill("16");
    await victimForm.getByRole("button", { name: "Add a victim" }).click();
    await expect(page.getByRole("heading", { name: "Victims (1)" })).toBeVisible();
    await expect(
      page.getByText(/V-[0-9A-Z]{6} · Fictional Victim One · Female · Sexual/),
    ).toBeVisible();
    await expectAccessible(page);

    // Edit the case.
    await page.locator("summary", { hasText: "Edit case" }).click();
    await page.getByLabel("Lead agency").fill("Provincial Anti-Trafficking Unit");
    await page.getByRole("button", { name: "Save case" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole("definition").filter({ hasText: /^Provincial Anti-Trafficking Unit$/ }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "History" })).toContainText("Case edited");

    // A case with people cannot be deleted; remove them, then delete and restore.
    await page.getByRole("button", { name: "Delete case" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "still has 1 suspects and 1 victims" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Remove Fictional Broker One" }).click();
    await expect(page.getByRole("heading", { name: "Suspects (0)" })).toBeVisible();
    await page.getByRole("button", { name: /^Remove V-/ }).click();
    await expect(page.getByRole("heading", { name: "Victims (0)" })).toBeVisible();
    await page.reload();
    await page.getByRole("button", { name: "Delete case" }).click();
    await expect(page.getByText("This case is deleted.")).toBeVisible();
    await page.getByRole("button", { name: "Restore case" }).click();
    await expect(page.getByText("This case is deleted.")).toHaveCount(0);
    await expect(heading).toBeVisible();
  });
});

test.describe("who may enter records", () => {
  test.use({ storageState: authFile("MANAGER"), expectedConsoleErrors: [/status of 403/] });

  test("a manager reads a case but cannot open the new-case form", async ({ page }) => {
    const response = await page.goto("/cases/new");
    expect(response?.status()).toBe(403);
    await page.goto("/cases?province=12&year=2017");
    await page.getByRole("link", { name: "PNP-2017-0001" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Case PNP-2017-0001" })).toBeVisible();
    await expect(page.getByText("Edit case")).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe("duplicate warnings", () => {
  test.use({ storageState: authFile("STAFF") });

  test("adding a victim who may already be recorded offers the match, and links on request", async ({
    page,
  }) => {
    test.slow();
    const name = `Fictional Duplicate ${Date.now().toString(36)}`;
    await page.goto("/cases/new");
    await page.getByLabel("Offence").selectOption("HUMAN_TRAFFICKING");
    await page.getByLabel("Lead agency").fill("Phnom Penh Police");
    await page.getByLabel("Crack-down date").fill("2013-05-05");
    await page.getByRole("button", { name: "Create case" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Case PNP-2013-/ })).toBeVisible();

    for (let i = 0; i < 2; i++) {
      const form = page.locator("details", { hasText: "Add a victim" });
      // The panel may stay open after the first save; open it only if it is closed.
      if ((await form.getAttribute("open")) === null) {
        await page.locator("summary", { hasText: "Add a victim" }).click();
      }
      await form.getByLabel("Name").fill(name);
      await form.getByLabel("Sex").selectOption("FEMALE");
      await form.getByLabel("Date of birth", { exact: true }).fill("2000-02-02");
      await form.getByLabel("Rescue date").fill("2013-05-05");
      await form.getByLabel("Province of rescue").selectOption({ label: "Phnom Penh" });
      await form.getByRole("button", { name: "Add a victim" }).click();
      if (i === 0) await expect(page.getByRole("heading", { name: "Victims (1)" })).toBeVisible();
    }
    const panel = page.getByRole("region", { name: "Likely matches" });
    await expect(panel).toContainText(name);
    await expectAccessible(page);
    await panel.getByRole("button", { name: /^Same person as/ }).click();
    await expect(page.getByRole("heading", { name: "Victims (2)" })).toBeVisible();
  });
});

test.describe("a victim without a case", () => {
  test.use({ storageState: authFile("STAFF") });

  test("is entered on its own page and shown with its code", async ({ page }) => {
    await page.goto("/victims/new");
    await expectAccessible(page);
    // A name like no other test's, so the duplicate warning (trigram likeness) stays out of it.
    const name = `Qxz ${Date.now().toString(36)} Lone`;
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Sex").selectOption("FEMALE");
    await page.getByLabel("Age at rescue, if no date of birth").fill("19");
    await page.getByLabel("Rescue date").fill("2012-08-08");
    await page.getByLabel("Province of rescue").selectOption({ label: "Phnom Penh" });
    await page.getByRole("button", { name: "Add a victim" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: new RegExp(`^V-[0-9A-Z]{6} · ${name}$`) }),
    ).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "No case" })).toBeVisible();
    // No date of birth: the age is the one recorded, and the page says so.
    await expect(
      page.getByRole("definition").filter({ hasText: "19 (as recorded)" }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
