import { afterAll, describe, expect, it } from "vitest";
import { changeReferralStatusSpec, createReferralSpec } from "@/lib/actions/definitions/referrals";
import { runGuarded } from "@/lib/auth/guard-core";
import { victimScope } from "@/lib/auth/scope";
import { victimScopeSql } from "@/lib/auth/scope-sql";
import { findReferral } from "@/lib/data/referrals";
import { FOREIGN_AFFAIRS_AGENCY_ID, SOCIAL_AFFAIRS_AGENCY_ID } from "@/lib/domain/agencies";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeProvider, makeReferableVictim, referralForm } from "@/lib/testing/referrals";
import { makeUser } from "@/lib/testing/users";
import { buildVictim } from "@/prisma/factories";

// Referrals on the permission table's reaches (decisions 0034, 0035): Foreign Affairs refers the
// people it brought home and no domestic victim; a provider's reach is the referrals made to its
// agency, whatever province scope its account was given.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.42", userAgent: "vitest" };

function abroadVictim() {
  return db.victim.create({
    data: buildVictim({
      name: `Abroad Referral ${uniqueKey()}`,
      rescuedAbroad: true,
      rescueCountry: "TH",
      rescuingAgency: "FOREIGN_AFFAIRS",
      rescuedAt: new Date("2011-04-02T03:00:00Z"),
    }),
    select: { id: true },
  });
}

const referralsOf = (victimId: string) => db.referral.count({ where: { victimId } });

describe("referrals by agency", () => {
  it("lets Foreign Affairs refer a victim rescued abroad, and no domestic victim", async () => {
    const foreign = await makeUser(db, "STAFF", { agencyId: FOREIGN_AFFAIRS_AGENCY_ID });
    const abroad = await abroadVictim();
    const domestic = await makeReferableVictim(db, 12);
    const form = (victimId: string) =>
      referralForm(victimId, SOCIAL_AFFAIRS_AGENCY_ID, { service: "SHELTER" });

    const ok = await runGuarded(createReferralSpec, foreign, request, form(abroad.id));
    expect(ok).toMatchObject({ ok: true, data: { victimId: abroad.id } });
    expect(await referralsOf(abroad.id)).toBe(1);

    const refused = await runGuarded(createReferralSpec, foreign, request, form(domestic.id));
    expect(refused).toMatchObject({ ok: false, code: "not-found" });
    expect(await referralsOf(domestic.id)).toBe(0);
  });

  it("keeps a provider with national scope to the referrals made to its own agency", async () => {
    const mine = await makeProvider(db);
    const theirs = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const victim = await makeReferableVictim(db, 12);
    const created = await runGuarded(
      createReferralSpec,
      staff,
      request,
      referralForm(victim.id, theirs.id),
    );
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    const national = await makeUser(db, "STAFF", { nationalScope: true, agencyId: mine.id });

    await expect(findReferral(national, id, request)).rejects.toMatchObject({ code: "not-found" });
    const moved = await runGuarded(changeReferralStatusSpec, national, request, {
      id,
      version: "1",
      status: "ACCEPTED",
      on: "2026-01-11",
      note: "",
    });
    expect(moved).toMatchObject({ ok: false, code: "not-found" });
    expect(await db.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REFERRED",
      version: 1,
    });
    const named = await db.auditEvent.count({
      where: { actorId: national.id, entityId: victim.id, action: "victim.identity_viewed" },
    });
    expect(named).toBe(0);
  });

  it("ends a provider's access to the victim when it declines the referral", async () => {
    const provider = await makeProvider(db);
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const victim = await makeReferableVictim(db, 12);
    const created = await runGuarded(
      createReferralSpec,
      staff,
      request,
      referralForm(victim.id, provider.id),
    );
    const id = (created as { data: { id: string } }).data.id;
    const shelter = await makeUser(db, "STAFF", { agencyId: provider.id });
    const sees = async () => {
      const prisma = await db.victim.count({
        where: { AND: [{ id: victim.id }, victimScope(shelter)] },
      });
      const [sql] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM victim v LEFT JOIN "case" c ON c.id = v.case_id
         WHERE v.id = ${victim.id}::uuid AND ${victimScopeSql(shelter)}`;
      return [prisma, sql!.n];
    };
    expect(await sees()).toEqual([1, 1]);
    expect(await findReferral(shelter, id, request)).toMatchObject({
      victimName: victim.name,
      victimInScope: true,
    });

    const declined = await runGuarded(changeReferralStatusSpec, shelter, request, {
      id,
      version: "1",
      status: "DECLINED",
      on: "2026-01-11",
      note: "No place in the shelter",
    });
    expect(declined).toMatchObject({ ok: true });
    expect(await sees()).toEqual([0, 0]);
    // The referral stays in its queue, by code: no name, no link to the record.
    expect(await findReferral(shelter, id, request)).toMatchObject({
      victimName: null,
      victimInScope: false,
      status: "DECLINED",
    });
  });
});
