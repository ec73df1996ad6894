import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findReferrals } from "@/lib/data/referrals";
import { yearPeriod } from "@/lib/domain/period";
import { parseReferralFilters } from "@/lib/filters/referral-filters";
import type {
  ReferralStatus,
  ReintegrationStatus,
  ServiceType,
} from "@/lib/generated/prisma/enums";
import { testDb, uniquePastYear } from "@/lib/testing/db";
import { makeProvider, makeReferableVictim } from "@/lib/testing/referrals";
import { makeUser } from "@/lib/testing/users";
import { queryServiceCounts } from "./services-queries";
import { servicesDrillDown } from "./services-drill-down";
import { servicesChecks, servicesSection } from "./services-section";

// The services section on a hand-counted dataset of its own year: every figure, and the count of
// the /referrals list its drill-down link opens, are the numbers counted by hand below.

const db = testDb();
afterAll(() => db.$disconnect());

const day = (y: number, md: string) => new Date(`${String(y).padStart(4, "0")}-${md}T03:00:00Z`);

async function referral(
  victimId: string,
  providerId: number,
  service: ServiceType,
  referredAt: Date,
  status: ReferralStatus,
  providedAt: Date | null = null,
  visits: [Date, ReintegrationStatus][] = [],
) {
  return db.referral.create({
    data: {
      victimId,
      providerId,
      service,
      referredAt,
      status,
      statusAt: providedAt ?? referredAt,
      providedAt,
      events: { create: { status, at: providedAt ?? referredAt } },
      followUps: {
        create: visits.map(([visitedAt, reintegration]) => ({ visitedAt, reintegration })),
      },
    },
  });
}

async function listCount(user: ActingUser, href: string) {
  const params = Object.fromEntries(new URL(href, "http://x").searchParams);
  const { filters, errors } = parseReferralFilters(params);
  expect(errors).toEqual({});
  return (await findReferrals(user, filters)).total;
}

describe("the report's services section", () => {
  it("counts referred, provided and reintegration as their drill-down lists do", async () => {
    const y = await uniquePastYear();
    const provider = await makeProvider(db, ["SHELTER", "MEDICAL", "LEGAL"]);
    const [v1, v2, v3, v4] = await Promise.all([1, 2, 3, 4].map(() => makeReferableVictim(db, 12)));
    // v1: shelter referred and provided in the year; visited twice, reintegrated at the last.
    await referral(v1!.id, provider.id, "SHELTER", day(y, "02-01"), "PROVIDED", day(y, "02-10"), [
      [day(y, "03-01"), "IN_PROGRESS"],
      [day(y, "06-01"), "REINTEGRATED"],
    ]);
    // v2: medical referred in the year, waiting; legal referred the year before, provided in it.
    await referral(v2!.id, provider.id, "MEDICAL", day(y, "03-01"), "REFERRED");
    await referral(v2!.id, provider.id, "LEGAL", day(y - 1, "12-20"), "PROVIDED", day(y, "01-05"), [
      [day(y, "02-01"), "AT_RISK"],
      [day(y + 1, "01-10"), "REINTEGRATED"],
    ]);
    // v3: shelter on the year's last day; v4: provided (wrongly) before it was referred.
    await referral(v3!.id, provider.id, "SHELTER", day(y, "12-31"), "ACCEPTED");
    await referral(v4!.id, provider.id, "MEDICAL", day(y, "05-10"), "PROVIDED", day(y, "05-01"));
    // Out of the year altogether.
    await referral(v3!.id, provider.id, "LEGAL", day(y + 1, "01-01"), "REFERRED");

    const auditor = await makeUser(db, "AUDITOR", { nationalScope: true });
    const period = yearPeriod(y);
    const counts = await queryServiceCounts(auditor, period);
    const section = servicesSection(counts);
    const row = (service: string) => section.byType.find((r) => r.service === service)!;
    expect(section.referred).toBe(4);
    expect([row("SHELTER").referred, row("MEDICAL").referred, row("LEGAL").referred]).toEqual([
      2, 2, 0,
    ]);
    expect(section.provided).toBe(3);
    expect([row("SHELTER").provided, row("MEDICAL").provided, row("LEGAL").provided]).toEqual([
      1, 1, 1,
    ]);
    expect(section.visitedVictims).toBe(2);
    expect(section.reintegration.filter((r) => r.count > 0)).toEqual([
      { status: "REINTEGRATED", count: 1 },
      { status: "AT_RISK", count: 1 },
    ]);
    expect(servicesChecks(section, counts).map((c) => [c.id, c.ok, c.count])).toEqual([
      ["services.byType.referred", true, 4],
      ["services.byType.provided", true, 3],
      ["services.reintegration", true, 2],
      ["quality.providedBeforeReferred", false, 1],
    ]);

    // Every figure equals the count of the list its drill-down opens.
    const d = servicesDrillDown;
    expect(await listCount(auditor, d.referred(y))).toBe(section.referred);
    expect(await listCount(auditor, d.provided(y))).toBe(section.provided);
    for (const r of section.byType) {
      expect(await listCount(auditor, d.referred(y, r.service))).toBe(r.referred);
      expect(await listCount(auditor, d.provided(y, r.service))).toBe(r.provided);
    }
    for (const r of section.reintegration) {
      expect(await listCount(auditor, d.reintegration(y, r.status))).toBe(r.count);
    }
    expect(await listCount(auditor, d.providedBeforeReferred(y))).toBe(1);

    // A reader scoped to another province counts none of them.
    const elsewhere = await makeUser(db, "MANAGER", { provinceIds: [3] });
    const none = servicesSection(await queryServiceCounts(elsewhere, period));
    expect([none.referred, none.provided, none.visitedVictims]).toEqual([0, 0, 0]);
  });
});
