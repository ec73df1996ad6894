import { createTranslator, NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { updateCase } from "@/lib/data/case-mutations";
import { publishReport } from "@/lib/data/report-publishing";
import en from "@/lib/i18n/messages/en.json";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { uniquePublishableYear } from "@/lib/testing/report-years";
import { makeUser } from "@/lib/testing/users";
import { ZUpdateCase } from "@/lib/validation/case";
import { buildCase } from "@/prisma/factories";
import { PublishPanel } from "./publish-panel";
import { RevisionsPanel } from "./revisions-panel";

// The panels rendered as the page will render them, for real users on a real database; only the
// request (who is signed in, the language) and the action's network wiring are stood in for.
const session = vi.hoisted(() => ({ user: null as ActingUser | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => session.user,
  getActingUser: async () => session.user,
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({
      locale: "en",
      messages: en,
      namespace: namespace as never,
      timeZone: "Asia/Phnom_Penh",
    }),
  getLocale: async () => "en",
}));
vi.mock("@/lib/actions/publish-report", () => ({ publishReportAction: async () => undefined }));

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.78", userAgent: "vitest" };
const timeZone = "Asia/Phnom_Penh";

async function render(user: ActingUser, panel: () => Promise<ReactElement | null>) {
  session.user = user;
  const element = await panel();
  if (!element) return "";
  return renderToStaticMarkup(
    // No JSX in a .ts test file: the provider's children go in as a prop.
    // eslint-disable-next-line react/no-children-prop
    createElement(NextIntlClientProvider, {
      locale: "en",
      messages: en,
      timeZone,
      children: element,
    }),
  );
}

describe("the publication panels", () => {
  it("offer publishing to a national manager, and explain the refusal to a scoped one", async () => {
    const year = await uniquePublishableYear();
    const national = await makeUser(db, "MANAGER", { nationalScope: true });
    const form = await render(national, () => PublishPanel({ year }));
    expect(form).toContain(`Publish the ${year} report`);
    expect(form).toContain("Publish revision 1");
    expect(form).toMatch(/<textarea[^>]*name="note"/);

    const scoped = await makeUser(db, "MANAGER", { provinceIds: [12] });
    const refusal = await render(scoped, () => PublishPanel({ year }));
    expect(refusal).toContain("Only a manager with national scope can publish");
    expect(refusal).not.toContain("<textarea");

    for (const role of ["STAFF", "AUDITOR"] as const) {
      const reader = await makeUser(db, role, { nationalScope: true });
      expect(await render(reader, () => PublishPanel({ year }))).toBe("");
    }
  });

  it("show the published revision, the changed figures and who changed them", async () => {
    const year = await uniquePublishableYear();
    const at = new Date(`${year}-05-05T10:00:00+07:00`);
    const kase = await db.case.create({
      data: buildCase({ reference: `R-${uniqueKey()}`, provinceId: 12, crackedDownAt: at }),
    });
    const manager = await makeUser(db, "MANAGER", { nationalScope: true });
    const auditor = await makeUser(db, "AUDITOR", { nationalScope: true });
    expect(await render(auditor, () => RevisionsPanel({ year }))).toContain(
      "has not been published",
    );

    const published = await publishReport(manager, { year, note: "First edition" }, request);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const edit = ZUpdateCase.parse({
      id: kase.id,
      version: "1",
      offenceType: "OTHER",
      provinceId: "12",
      leadAgency: "Police",
      crackedDownOn: `${year}-05-05`,
      crackedDownTime: "10:00",
      status: "OPEN",
    });
    await updateCase(staff, edit, request);
    const html = await render(auditor, () => RevisionsPanel({ year }));
    expect(html).toContain(published.sha256);
    expect(html).toContain(manager.name);
    expect(html).toContain("First edition");
    expect(html).toContain("Cases cracked down, by offence type: Human trafficking");
    expect(html).toContain("cases.byOffence.OTHER");
    expect(html).toContain(`<a class="text-brand-700 underline" href="/cases/${kase.id}">`);
    expect(html).toContain(`Case edited`);
    expect(html).toContain(staff.name);

    expect(await render(auditor, () => PublishPanel({ year }))).toBe("");
    const scoped = await makeUser(db, "AUDITOR", { provinceIds: [12] });
    expect(await render(scoped, () => RevisionsPanel({ year }))).toBe("");
  });
});
