import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canMoveReferral, type TReferralStatus } from "@/lib/domain/referrals";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { loadDemoRecords } from "./seed-records";

// The demo referrals, loaded with the demo records in a transaction that is then rolled back.
const db = testDb();
afterAll(() => db.$disconnect());

class RolledBack extends Error {}
type Loaded = {
  referrals: { id: string; status: TReferralStatus; providedAt: Date | null; referredAt: Date }[];
  events: { referralId: string; status: TReferralStatus; at: Date }[];
  visits: { referralId: string; visitedAt: Date }[];
  providers: string[];
};
let loaded: Loaded;

beforeAll(async () => {
  const creator = await makeUser(db, "STAFF", { provinceIds: [12] });
  await db
    .$transaction(
      async (tx) => {
        await loadDemoRecords(tx, creator.id);
        const mine = { createdById: creator.id };
        const referrals = await tx.referral.findMany({
          where: mine,
          select: { id: true, status: true, providedAt: true, referredAt: true, provider: true },
        });
        loaded = {
          referrals,
          events: await tx.referralEvent.findMany({
            where: { referral: mine },
            orderBy: [{ at: "asc" }, { id: "asc" }],
          }),
          visits: await tx.followUp.findMany({ where: { referral: mine } }),
          providers: [...new Set(referrals.map((r) => r.provider.kind))].sort(),
        };
        throw new RolledBack();
      },
      { timeout: 120_000 },
    )
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
});

describe("the demo referrals", () => {
  it("are a few hundred, to social affairs departments and ministry, with follow-ups", () => {
    expect(loaded.referrals.length).toBeGreaterThan(200);
    expect(loaded.referrals.length).toBeLessThan(600);
    expect(loaded.visits.length).toBeGreaterThan(100);
    expect(loaded.providers).toContain("SOCIAL_AFFAIRS");
  });

  it("follow the workflow: each history starts REFERRED, moves only as allowed, ends at the status", () => {
    const byReferral = new Map<string, Loaded["events"]>();
    for (const e of loaded.events)
      byReferral.set(e.referralId, [...(byReferral.get(e.referralId) ?? []), e]);
    for (const r of loaded.referrals) {
      const steps = byReferral.get(r.id)!.map((e) => e.status);
      expect(steps[0]).toBe("REFERRED");
      for (let i = 1; i < steps.length; i++) {
        expect(canMoveReferral(steps[i - 1]!, steps[i]!)).toBe(true);
      }
      expect(steps.at(-1)).toBe(r.status);
      expect(r.providedAt !== null).toBe(steps.includes("PROVIDED"));
      if (r.providedAt) expect(r.providedAt >= r.referredAt).toBe(true);
    }
  });

  it("visits only provided referrals, after they were provided", () => {
    const provided = new Map(loaded.referrals.map((r) => [r.id, r.providedAt]));
    for (const v of loaded.visits) {
      const at = provided.get(v.referralId);
      expect(at).toBeTruthy();
      expect(v.visitedAt > at!).toBe(true);
    }
  });
});
