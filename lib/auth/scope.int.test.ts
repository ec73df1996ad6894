import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { makeAgencyActor } from "@/lib/testing/authorization-agencies";
import { testDb } from "@/lib/testing/db";
import { makeCase } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { buildSuspect, buildVictim } from "@/prisma/factories";
import { caseScope, suspectScope, victimScope } from "./scope";
import { caseScopeSql, suspectScopeSql, victimScopeSql } from "./scope-sql";

// The scopes exist twice, as Prisma filters and as SQL (for the queries Prisma cannot write):
// for every kind of reach, both must select the same records.
const db = testDb();
afterAll(() => db.$disconnect());

async function records(providerId: number) {
  const [c12, c17] = [await makeCase(db, 12), await makeCase(db, 17)];
  const suspects = await Promise.all([
    db.suspect.create({ data: buildSuspect({ caseId: c12.id }) }),
    db.suspect.create({ data: buildSuspect({ caseId: c17.id }) }),
    db.suspect.create({ data: buildSuspect({ caseId: c17.id, courtProvinceId: 12 }) }),
    db.suspect.create({ data: buildSuspect({ caseId: c12.id, courtProvinceId: 17 }) }),
  ]);
  const victims = await Promise.all([
    db.victim.create({ data: buildVictim({ caseId: c12.id, rescueProvinceId: 12 }) }),
    db.victim.create({ data: buildVictim({ caseId: c12.id, rescueProvinceId: 17 }) }),
    db.victim.create({ data: buildVictim({ caseId: c17.id, rescueProvinceId: null }) }),
    db.victim.create({
      data: buildVictim({ rescuedAbroad: true, rescueCountry: "TH", rescueProvinceId: null }),
    }),
  ]);
  const now = new Date();
  await db.referral.create({
    data: {
      victimId: victims[2].id,
      service: "SHELTER",
      providerId,
      referredAt: now,
      statusAt: now,
    },
  });
  return {
    cases: [c12.id, c17.id],
    suspects: suspects.map((s) => s.id),
    victims: victims.map((v) => v.id),
  };
}

async function bothWays(user: ActingUser, ids: Awaited<ReturnType<typeof records>>) {
  const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  const prisma = {
    cases: sorted(await db.case.findMany({ where: { id: { in: ids.cases }, ...caseScope(user) } })),
    suspects: sorted(
      await db.suspect.findMany({ where: { id: { in: ids.suspects }, ...suspectScope(user) } }),
    ),
    victims: sorted(
      await db.victim.findMany({ where: { id: { in: ids.victims }, ...victimScope(user) } }),
    ),
  };
  const sql = {
    cases: sorted(
      await db.$queryRaw<{ id: string }[]>`SELECT c.id::text AS id FROM "case" c
        WHERE c.id = ANY(${ids.cases}::uuid[]) AND ${caseScopeSql(user)}`,
    ),
    suspects: sorted(
      await db.$queryRaw<
        { id: string }[]
      >`SELECT s.id::text AS id FROM suspect s LEFT JOIN "case" c ON c.id = s.case_id
        WHERE s.id = ANY(${ids.suspects}::uuid[]) AND ${suspectScopeSql(user)}`,
    ),
    victims: sorted(
      await db.$queryRaw<
        { id: string }[]
      >`SELECT v.id::text AS id FROM victim v LEFT JOIN "case" c ON c.id = v.case_id
        WHERE v.id = ANY(${ids.victims}::uuid[]) AND ${victimScopeSql(user)}`,
    ),
  };
  return { prisma, sql };
}

describe("the Prisma and SQL scopes agree", () => {
  const actors: [string, () => Promise<ActingUser>][] = [
    ["case staff of province 12", () => makeUser(db, "STAFF", { provinceIds: [12] })],
    ["a national manager", () => makeUser(db, "MANAGER")],
    ["Foreign Affairs staff", () => makeAgencyActor(db, "foreign")],
    ["provider staff", () => makeAgencyActor(db, "provider")],
    ["a court clerk of province 12", () => makeAgencyActor(db, "court")],
    ["an administrator", () => makeUser(db, "ADMIN")],
  ];
  it.each(actors)("for %s", async (_, make) => {
    const user = await make();
    const ids = await records(user.agencyId);
    const { prisma, sql } = await bothWays(user, ids);
    expect(sql).toEqual(prisma);
  });

  it("and select what decision 0034 says", async () => {
    const court = await makeAgencyActor(db, "court");
    const ids = await records(court.agencyId);
    const { prisma } = await bothWays(court, ids);
    // Cases of 12; suspects tried in 12, or with no court whose case is in 12; no victims.
    expect(prisma.cases).toEqual([ids.cases[0]]);
    expect(prisma.suspects).toEqual([ids.suspects[0], ids.suspects[2]].sort());
    expect(prisma.victims).toEqual([]);
    const provider = await makeAgencyActor(db, "provider");
    const mine = await records(provider.agencyId);
    expect((await bothWays(provider, mine)).prisma).toEqual({
      cases: [],
      suspects: [],
      victims: [mine.victims[2]],
    });
    const mfa = await makeAgencyActor(db, "foreign");
    const theirs = await records(1);
    expect((await bothWays(mfa, theirs)).prisma.victims).toEqual([theirs.victims[3]]);
  });
});
