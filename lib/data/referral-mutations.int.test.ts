import { afterAll, describe, expect, it } from "vitest";
import {
  changeReferralStatusSpec,
  createReferralSpec,
  recordFollowUpSpec,
} from "@/lib/actions/definitions/referrals";
import type { ActingUser } from "@/lib/auth/acting-user";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { futureDate } from "@/lib/testing/people";
import { makeProvider, makeReferableVictim, referralForm } from "@/lib/testing/referrals";
import { makeUser } from "@/lib/testing/users";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.41", userAgent: "vitest" };

/** What a referral's write may change: the referral, its history, its visits, its audit events. */
async function fingerprint(referralId: string) {
  return JSON.stringify(
    await Promise.all([
      db.referral.findUnique({ where: { id: referralId } }),
      db.referralEvent.count({ where: { referralId } }),
      db.followUp.count({ where: { referralId } }),
      db.auditEvent.count({ where: { entityId: referralId } }),
    ]),
  );
}

async function referred(staff: ActingUser, providerId: number) {
  const victim = await makeReferableVictim(db, 12);
  const result = await runGuarded(
    createReferralSpec,
    staff,
    request,
    referralForm(victim.id, providerId),
  );
  expect(result).toMatchObject({ ok: true, data: { version: 1, victimId: victim.id } });
  return { victim, id: (result as { data: { id: string } }).data.id };
}

const change = (id: string, version: number, status: string, on: string) => ({
  id,
  version: String(version),
  status,
  on,
  note: `${status} by test`,
});

describe("a referral from staff to a provider, through to follow-up", () => {
  it("is referred, accepted, provided and followed up by the provider, each audited once", async () => {
    const provider = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const shelter = await makeUser(db, "STAFF", { provinceIds: [], agencyId: provider.id });
    const { id } = await referred(staff, provider.id);

    const row = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "REFERRED", service: "SHELTER", providedAt: null });
    expect(row.referredAt.toISOString()).toBe("2026-01-09T17:00:00.000Z");

    const steps: [string, string][] = [
      ["ACCEPTED", "2026-01-11"],
      ["PROVIDED", "2026-01-12"],
    ];
    for (const [i, [status, on]] of steps.entries()) {
      const result = await runGuarded(
        changeReferralStatusSpec,
        shelter,
        request,
        change(id, i + 1, status, on),
      );
      expect(result).toMatchObject({ ok: true, data: { version: i + 2 } });
    }
    const visit = await runGuarded(recordFollowUpSpec, shelter, request, {
      referralId: id,
      visitedOn: "2026-02-01",
      visitedBy: "Social worker Dara",
      outcome: "Back at school",
      reintegration: "IN_PROGRESS",
    });
    expect(visit).toMatchObject({ ok: true });

    const after = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "PROVIDED", version: 3 });
    expect(after.providedAt?.toISOString()).toBe("2026-01-11T17:00:00.000Z");
    const events = await db.referralEvent.findMany({
      where: { referralId: id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.status, e.actorId])).toEqual([
      ["REFERRED", staff.id],
      ["ACCEPTED", shelter.id],
      ["PROVIDED", shelter.id],
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId, e.provinceId, e.entityType])).toEqual([
      ["referral.created", staff.id, 12, "referral"],
      ["referral.status_changed", shelter.id, 12, "referral"],
      ["referral.status_changed", shelter.id, 12, "referral"],
      ["referral.follow_up_recorded", shelter.id, 12, "referral"],
    ]);
    expect(audit[2]!.changes).toMatchObject({
      fields: { status: { before: "ACCEPTED", after: "PROVIDED" }, version: { after: 3 } },
    });
    expect(audit[3]!.changes).toMatchObject({
      fields: { reintegration: { before: null, after: "IN_PROGRESS" } },
    });
  });
});

describe("refusals write nothing", () => {
  it("refuses a move the workflow does not allow, and dates out of range, beside the fields", async () => {
    const provider = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id } = await referred(staff, provider.id);
    const before = await fingerprint(id);
    const cases: [Record<string, string>, Record<string, unknown>][] = [
      [change(id, 1, "PROVIDED", "2026-01-11"), { status: [expect.anything()] }],
      [change(id, 1, "ACCEPTED", "2026-01-09"), { on: [expect.anything()] }],
      [change(id, 1, "ACCEPTED", futureDate()), { on: [expect.anything()] }],
    ];
    for (const [input, fieldErrors] of cases) {
      const result = await runGuarded(changeReferralStatusSpec, staff, request, input);
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors });
      expect(await fingerprint(id)).toBe(before);
    }
    // A follow-up before acceptance, and one dated before the referral.
    const early = await runGuarded(recordFollowUpSpec, staff, request, {
      referralId: id,
      visitedOn: "2026-01-12",
      reintegration: "NOT_STARTED",
    });
    expect(early).toMatchObject({ ok: false, messageKey: "followUpNotAccepted" });
    expect(await fingerprint(id)).toBe(before);
  });

  it("refuses a stale version and says who changed the referral since", async () => {
    const provider = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id } = await referred(staff, provider.id);
    const first = await runGuarded(
      changeReferralStatusSpec,
      staff,
      request,
      change(id, 1, "ACCEPTED", "2026-01-11"),
    );
    expect(first).toMatchObject({ ok: true });
    const before = await fingerprint(id);
    const stale = await runGuarded(
      changeReferralStatusSpec,
      staff,
      request,
      change(id, 1, "DECLINED", "2026-01-12"),
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict", params: { who: staff.email } });
    expect(await fingerprint(id)).toBe(before);
  });

  it("refuses the staff of another provider, and staff out of the victim's province", async () => {
    const provider = await makeProvider(db);
    const other = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const { id } = await referred(staff, provider.id);
    const before = await fingerprint(id);
    const otherShelter = await makeUser(db, "STAFF", { provinceIds: [], agencyId: other.id });
    const elsewhere = await makeUser(db, "STAFF", { provinceIds: [3] });
    for (const actor of [otherShelter, elsewhere]) {
      const moved = await runGuarded(
        changeReferralStatusSpec,
        actor,
        request,
        change(id, 1, "ACCEPTED", "2026-01-11"),
      );
      expect(moved).toMatchObject({ ok: false, code: "not-found" });
      const visited = await runGuarded(recordFollowUpSpec, actor, request, {
        referralId: id,
        visitedOn: "2026-01-12",
        reintegration: "NOT_STARTED",
      });
      expect(visited).toMatchObject({ ok: false, code: "not-found" });
    }
    expect(await fingerprint(id)).toBe(before);
  });

  it("refuses a referral to an agency that does not provide the service, or by a reader", async () => {
    const provider = await makeProvider(db, ["LEGAL"]);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const manager = await makeUser(db, "MANAGER", { nationalScope: true });
    const victim = await makeReferableVictim(db, 12);
    const count = () => db.referral.count({ where: { victimId: victim.id } });
    const wrong = await runGuarded(
      createReferralSpec,
      staff,
      request,
      referralForm(victim.id, provider.id),
    );
    expect(wrong).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { providerId: [expect.anything()] },
    });
    const reader = await runGuarded(
      createReferralSpec,
      manager,
      request,
      referralForm(victim.id, provider.id, { service: "LEGAL" }),
    );
    expect(reader).toMatchObject({ ok: false, code: "forbidden" });
    // A provider's staff with no province may not refer a victim it was not referred.
    const shelter = await makeUser(db, "STAFF", { provinceIds: [], agencyId: provider.id });
    const outside = await runGuarded(
      createReferralSpec,
      shelter,
      request,
      referralForm(victim.id, provider.id, { service: "LEGAL" }),
    );
    expect(outside).toMatchObject({ ok: false, code: "not-found" });
    expect(await count()).toBe(0);
  });
});
