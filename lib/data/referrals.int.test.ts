import { afterAll, describe, expect, it } from "vitest";
import { createReferralSpec } from "@/lib/actions/definitions/referrals";
import type { ActingUser } from "@/lib/auth/acting-user";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { makeProvider, makeReferableVictim, referralForm } from "@/lib/testing/referrals";
import { makeUser } from "@/lib/testing/users";
import { findReferral, findReferrals } from "./referrals";

// Who sees which referral, and whose name: a provider sees only the referrals made to it; the
// victim's name only for roles that read identities, and each showing is logged.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.43", userAgent: "vitest" };

async function refer(staff: ActingUser, providerId: number) {
  const victim = await makeReferableVictim(db, 12);
  const result = await runGuarded(
    createReferralSpec,
    staff,
    request,
    referralForm(victim.id, providerId),
  );
  return { victim, id: (result as { data: { id: string } }).data.id };
}

describe("reading referrals", () => {
  it("shows a provider only the referrals made to it, by victim code", async () => {
    const [mine, theirs] = [await makeProvider(db), await makeProvider(db)];
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const a = await refer(staff, mine.id);
    const b = await refer(staff, theirs.id);
    const shelter = await makeUser(db, "STAFF", { provinceIds: [], agencyId: mine.id });
    const list = await findReferrals(shelter, {});
    expect(list.rows.map((r) => r.id)).toEqual([a.id]);
    // The list shows the code and selects nothing else of the victim.
    expect(list.rows[0]!.victim).toEqual({ code: a.victim.code });
    await expect(findReferral(shelter, b.id, request)).rejects.toMatchObject({ code: "not-found" });
    // Staff of the province see both, filtered as asked.
    const byProvider = await findReferrals(staff, { provider: theirs.id });
    expect(byProvider.rows.map((r) => r.id)).toEqual([b.id]);
  });

  it("names the victim only to a role that reads identities, and logs each showing", async () => {
    const provider = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { victim, id } = await refer(staff, provider.id);
    const shelter = await makeUser(db, "STAFF", { provinceIds: [], agencyId: provider.id });
    const manager = await makeUser(db, "MANAGER", { provinceIds: [12] });
    const logged = (actorId: string) =>
      db.auditEvent.count({
        where: { actorId, entityId: victim.id, action: "victim.identity_viewed" },
      });

    // The provider's reach holds the victims referred to it (decision 0034): it may open this
    // victim's record, and names it.
    const seen = await findReferral(shelter, id, request);
    expect(seen).toMatchObject({ victimName: victim.name, victimInScope: true, writable: true });
    expect(await logged(shelter.id)).toBe(1);

    const read = await findReferral(manager, id, request);
    expect(read).toMatchObject({ victimName: null, victimInScope: true, writable: false });
    const text = JSON.stringify(read, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    expect(text).not.toContain(victim.name);
    expect(await logged(manager.id)).toBe(0);
  });
});
