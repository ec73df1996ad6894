import type { Page } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { expect, expectAccessible, test } from "./fixtures";
import { authFile } from "./roles";

// Each role's home page: the sections its permissions open, figures linking to their records,
// and axe in English and in Khmer.

const SECTIONS: Record<Role, { en: string[]; km: string[]; absent: string[] }> = {
  STAFF: {
    en: ["Work queue", "Your recent entries", "Records in your scope by year"],
    km: ["ការងារត្រូវធ្វើ", "កំណត់ត្រាថ្មីៗរបស់អ្នក"],
    absent: ["Victims over the years", "The audit chain", "Accounts to look at"],
  },
  MANAGER: {
    en: ["Records and reports by year", "Victims over the years"],
    km: ["កំណត់ត្រា និងរបាយការណ៍តាមឆ្នាំ", "ជនរងគ្រោះតាមឆ្នាំ"],
    absent: ["Work queue", "The audit chain", "Accounts to look at"],
  },
  AUDITOR: {
    en: ["The audit chain", "Recent exports and publications", "Records in your scope by year"],
    km: ["ខ្សែសង្វាក់សវនកម្ម", "ការនាំចេញ និងការផ្សព្វផ្សាយថ្មីៗ"],
    absent: ["Work queue", "Victims over the years", "Accounts to look at"],
  },
  ADMIN: {
    en: ["Accounts to look at"],
    km: ["គណនីដែលត្រូវពិនិត្យ"],
    absent: ["Work queue", "Records in your scope by year", "The audit chain"],
  },
};

const section = (page: Page, name: string) =>
  page.getByRole("heading", { level: 2, name, exact: true });

for (const role of Object.keys(SECTIONS) as Role[]) {
  test.describe(`${role}'s home page`, () => {
    test.use({ storageState: authFile(role) });

    test("shows the role's sections and passes axe in English", async ({ page }) => {
      test.slow();
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(/\/$/);
      for (const name of SECTIONS[role].en) await expect(section(page, name)).toBeVisible();
      for (const name of SECTIONS[role].absent) await expect(section(page, name)).toHaveCount(0);
      await expectAccessible(page);
    });

    test("passes axe in Khmer", async ({ page, baseURL }) => {
      test.slow();
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: "km", url: baseURL! }]);
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "km");
      for (const name of SECTIONS[role].km) await expect(section(page, name)).toBeVisible();
      await expectAccessible(page);
    });
  });
}

test.describe("the figures link to their records", () => {
  test.describe("as staff", () => {
    test.use({ storageState: authFile("STAFF") });

    test("each queue figure opens its list", async ({ page }) => {
      await page.goto("/");
      const queue = page.getByRole("region", { name: "Work queue" });
      await expect(
        queue.getByRole("link", { name: /Cases with no crack-down date/ }),
      ).toHaveAttribute("href", "/cases?year=none");
      await expect(queue.getByRole("link", { name: /stale/ })).toHaveAttribute(
        "href",
        "/cases?stale=1",
      );
    });
  });

  test.describe("as a manager", () => {
    test.use({ storageState: authFile("MANAGER") });

    test("a trend cell opens the victims behind it", async ({ page }) => {
      await page.goto("/");
      const table = page.getByRole("region", { name: "Victims rescued in Cambodia by province" });
      // Phnom Penh's 2017 victims in the demo data (e2e/demo-data.spec.ts).
      const cell = table.getByRole("link", { name: "Phnom Penh, 2017: 57" });
      await expect(cell).toHaveText("57");
      await cell.click();
      await expect(page).toHaveURL(/\/victims\?year=2017&.*province=12/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });

    test("each year says whether its report is published", async ({ page }) => {
      await page.goto("/");
      const row = page.getByRole("region", { name: "Records by year" }).getByRole("row", {
        name: /^2016/,
      });
      await expect(row.getByRole("cell").last()).toHaveText(/^(Not published|Published, revision)/);
      await expect(row.getByRole("link", { name: "2016" })).toHaveAttribute(
        "href",
        "/reports/2016",
      );
    });
  });
});
