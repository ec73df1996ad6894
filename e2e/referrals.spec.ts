import { createPrismaClient } from "@/lib/db-client";
import { makeReferableVictim } from "@/lib/testing/referrals";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/users";
import { DEMO_SHELTER_CODE } from "@/prisma/demo-agencies";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";
import { signIn } from "./sign-in";

// Issue 14: a victim is referred, accepted, served and followed up by a provider who sees no
// other victim (decision 0035). Staff of Phnom Penh refer their victim to the demo shelter; a
// shelter worker of this spec's own accepts, marks the service provided and records a visit; the
// victim's page then shows it all.

test.describe("a referral from staff to a shelter, through to follow-up", () => {
  test.use({ storageState: authFile("STAFF") });

  test("staff refer, the shelter accepts, provides and follows up, the victim's page shows it", async ({
    page,
    browser,
  }) => {
    test.slow();
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    const { victim, other, shelterUser } = await (async () => {
      const shelter = await db.agency.findUniqueOrThrow({ where: { code: DEMO_SHELTER_CODE } });
      return {
        victim: await makeReferableVictim(db, 12),
        other: await makeReferableVictim(db, 12),
        shelterUser: await makeUser(db, "STAFF", { provinceIds: [], agencyId: shelter.id }),
      };
    })().finally(() => db.$disconnect());

    // Staff refer the victim from its page.
    await page.goto(`/victims/${victim.id}`);
    const section = page.locator("section[aria-labelledby=victim-referrals]");
    await expect(section.getByText("No referral yet.")).toBeVisible();
    await section.getByText("Refer to a service").click();
    await section.getByLabel("Service").selectOption("SHELTER");
    await section.getByLabel("Provider").selectOption({ label: "Safe Haven Shelter (demo)" });
    await section.getByRole("button", { name: "Refer" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Referral of ${victim.code}` }),
    ).toBeVisible();
    await expectAccessible(page);
    const referralUrl = page.url();

    // The shelter worker signs in: the queue lists the referral by the victim's code.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const shelter = await context.newPage();
    await signIn(shelter, shelterUser.email, TEST_PASSWORD);
    await shelter.goto("/referrals");
    const queue = shelter.getByRole("table", { name: "Referrals, newest first" });
    await expect(queue).toContainText(victim.code);
    await expect(queue).not.toContainText(victim.name);
    await expectAccessible(shelter);
    // It sees the victim referred to it, and no other: the other victim of the same province is
    // neither found by name nor opened (decision 0034's `referred` reach).
    await shelter.goto(`/victims?q=${encodeURIComponent(victim.name)}`);
    await expect(shelter.getByRole("main")).toContainText("Showing 1 of 1");
    await shelter.goto(`/victims?q=${encodeURIComponent(other.name)}`);
    await expect(shelter.getByRole("main")).toContainText("No records match these filters.");
    expect((await shelter.goto(`/victims/${other.id}`))?.status()).toBe(404);
    expect(await shelter.content()).not.toContain(other.name);
    expect((await shelter.goto(`/victims/${victim.id}`))?.status()).toBe(200);
    for (const path of ["/cases", "/suspects"]) {
      expect((await shelter.goto(path))?.status(), path).toBe(403);
    }

    // Accept, then mark provided: each change joins the history.
    await shelter.goto(referralUrl);
    await expect(shelter.getByRole("heading", { level: 1 })).toContainText(victim.code);
    const change = shelter.getByRole("form", { name: "Change the status" });
    for (const status of ["Accepted", "Provided"]) {
      await change.getByLabel("New status").selectOption({ label: status });
      await change.getByRole("button", { name: "Save" }).click();
      await expect(
        shelter
          .getByRole("table", { name: "Each change of status, oldest first" })
          .getByRole("rowheader", {
            name: status,
          }),
      ).toBeVisible();
    }
    // A visit, with its reintegration status.
    const visit = shelter.getByRole("form", { name: "Record a follow-up visit" });
    await visit.getByLabel("Visited by").fill("Social worker Dara");
    await visit.getByLabel("Reintegration").selectOption({ label: "In progress" });
    await visit.getByLabel("Outcome").fill("Back at school, living with her aunt");
    await visit.getByRole("button", { name: "Record the visit" }).click();
    const visits = shelter.getByRole("table", { name: "Follow-up visits, oldest first" });
    await expect(visits).toContainText("In progress");
    await expect(visits).toContainText("Social worker Dara");
    await expectAccessible(shelter);
    await context.close();

    // Staff see the history on the victim's page and the referral's.
    await page.goto(`/victims/${victim.id}`);
    const referrals = section.getByRole("table", { name: "Services this victim was referred to." });
    await expect(referrals).toContainText("Provided");
    await expect(referrals).toContainText("Safe Haven Shelter (demo)");
    await referrals.getByRole("link", { name: "Shelter" }).click();
    const history = page.getByRole("table", { name: "Each change of status, oldest first" });
    await expect(history.getByRole("rowheader")).toHaveText(["Referred", "Accepted", "Provided"]);
    await expect(page.getByRole("table", { name: "Follow-up visits, oldest first" })).toContainText(
      "In progress",
    );
    await expectAccessible(page);
  });
});
