import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// The CTDC record-level victim file (issue 13), from the report page's export panel, as a
// national manager. The rules of the file are tested in lib/reports/ctdc; this is the way in.

test.use({ storageState: authFile("MANAGER") });

test("export the CTDC file of 2017 from the report page: every combination held by at least k", async ({
  page,
}) => {
  await page.goto("/reports/2017");
  await page.locator("summary").filter({ hasText: "Export this report" }).click();
  const form = page.getByRole("form", { name: "CTDC victim file" });
  await expect(form.getByLabel("Each combination held by at least")).toHaveValue("11");
  await expectAccessible(page);
  await form.getByLabel("Each combination held by at least").fill("12");
  const download = page.waitForEvent("download");
  await form.getByRole("button", { name: "Export the CTDC file" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("ctdc-victims-2017-k12.csv");
  const text = await (
    await file.createReadStream()
  )
    .toArray()
    .then((c) => Buffer.concat(c).toString("utf8"));
  const [header, ...rows] = text.trimEnd().split("\r\n");
  expect(header).toBe(
    '"yearOfRegistration","gender","ageBroad","majorityStatus","citizenship",' +
      '"CountryOfExploitation","isForcedLabour","isSexualExploit","isForcedMarriage","isOtherExploit"',
  );
  expect(rows.length).toBeGreaterThan(0);
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(row, (sizes.get(row) ?? 0) + 1);
  expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(12);

  // The route refuses a k that protects no one, with the field it refuses.
  const refused = await page.request.get("/api/reports/2017/ctdc?k=1");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toBe("Invalid export options: k.\n");
});
