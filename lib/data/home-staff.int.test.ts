import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findCases } from "@/lib/data/cases";
import {
  countReferralsAwaiting,
  countStaleCases,
  findLinkedRecords,
  findUnplacedRecords,
  type TQueueItem,
} from "@/lib/data/home-staff";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import type { TRecordKind } from "@/lib/filters/record-filters";
import { FOREIGN_AFFAIRS_AGENCY_ID } from "@/lib/domain/agencies";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { filtersOf } from "@/lib/testing/record-lists";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildVictim } from "@/prisma/factories";

const db = testDb();
afterAll(() => db.$disconnect());

const PP = 12;
const SR = 17;

/** The list a figure links to, as that list reads its URL, counted by the list itself. */
async function listTotal(user: ActingUser, href: string): Promise<number> {
  const url = new URL(href, "http://x");
  const kind = url.pathname.slice(1) as TRecordKind;
  const filters = filtersOf(kind, Object.fromEntries(url.searchParams));
  const find = { cases: findCases, suspects: findSuspects, victims: findVictims }[kind];
  return (await find(user, filters)).total;
}

async function courtOf(provinceId: number) {
  const province = await db.province.findUniqueOrThrow({ where: { id: provinceId } });
  return (await db.agency.findUniqueOrThrow({ where: { code: `COURT-${province.code}` } })).id;
}

const byId = (items: TQueueItem[]) => Object.fromEntries(items.map((i) => [i.id, i.count]));

describe("the staff work queue", () => {
  it("counts the unplaced records of the user's provinces only, each as its list does", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [PP] });
    const national = await makeUser(db, "MANAGER");
    const [before, nationalBefore] = [
      byId(await findUnplacedRecords(staff)),
      byId(await findUnplacedRecords(national)),
    ];
    const key = uniqueKey();
    const undated = (provinceId: number, n: number) =>
      db.case.create({
        data: buildCase({ reference: `H-${key}-${n}`, provinceId, crackedDownAt: null }),
      });
    await undated(PP, 1);
    await undated(SR, 2);
    await db.victim.create({ data: buildVictim({ rescuedAt: null, rescueProvinceId: PP }) });
    await db.victim.create({ data: buildVictim({ rescueProvinceId: PP, ageAtRescue: null }) });
    await db.victim.create({ data: buildVictim({ rescueProvinceId: SR, ageAtRescue: null }) });

    const after = await findUnplacedRecords(staff);
    expect(byId(after)).toEqual({
      ...before,
      "quality.casesWithoutDate": before["quality.casesWithoutDate"]! + 1,
      "quality.victimsWithoutDate": before["quality.victimsWithoutDate"]! + 1,
      "quality.victimsWithoutAge": before["quality.victimsWithoutAge"]! + 1,
    });
    const nationalAfter = byId(await findUnplacedRecords(national));
    expect(nationalAfter["quality.casesWithoutDate"]).toBe(
      nationalBefore["quality.casesWithoutDate"]! + 2,
    );
    expect(nationalAfter["quality.victimsWithoutAge"]).toBe(
      nationalBefore["quality.victimsWithoutAge"]! + 2,
    );
    for (const item of after) expect(await listTotal(staff, item.href), item.id).toBe(item.count);
    expect(after.find((i) => i.id === "quality.casesWithoutDate")?.href).toBe("/cases?year=none");
  });

  it("counts stale cases in scope by the one stale rule", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [PP] });
    const { count: before, href } = (await countStaleCases(staff))!;
    const key = uniqueKey();
    const old = new Date(Date.now() - 200 * 86_400_000);
    const make = (provinceId: number, n: number, updatedAt: Date, status = "OPEN" as const) =>
      db.case.create({
        data: buildCase({ reference: `S-${key}-${n}`, provinceId, status, updatedAt }),
      });
    await make(PP, 1, old);
    await make(SR, 2, old);
    await make(PP, 3, new Date());
    await db.case.create({
      data: buildCase({
        reference: `S-${key}-4`,
        provinceId: PP,
        status: "CLOSED",
        closeReason: "CONVICTION",
        updatedAt: old,
      }),
    });
    expect(await countStaleCases(staff)).toEqual({ count: before + 1, href: "/cases?stale=1" });
    expect(href).toBe("/cases?stale=1");
  });

  it("gives each agency only the checks of the records its reach holds", async () => {
    const foreign = await makeUser(db, "STAFF", { agencyId: FOREIGN_AFFAIRS_AGENCY_ID });
    const court = await makeUser(db, "STAFF", { provinceIds: [PP], agencyId: await courtOf(PP) });
    const staff = await makeUser(db, "STAFF", { provinceIds: [PP] });
    const kinds = async (user: ActingUser) =>
      new Set((await findUnplacedRecords(user)).map((i) => new URL(i.href, "http://x").pathname));
    expect(await kinds(staff)).toEqual(new Set(["/cases", "/victims", "/suspects"]));
    expect(await kinds(foreign)).toEqual(new Set(["/victims"]));
    expect(await kinds(court)).toEqual(new Set(["/cases", "/suspects"]));
    expect(await countStaleCases(foreign)).toBeNull();
    expect(await countStaleCases(court)).toMatchObject({ href: "/cases?stale=1" });
  });

  it("lists records linked as the same person in scope, by code, never by name", async () => {
    const staff = await makeUser(db, "STAFF", { provinceIds: [PP] });
    const before = await findLinkedRecords(staff);
    const name = `Linked Person ${uniqueKey()}`;
    const first = await db.victim.create({ data: buildVictim({ name, rescueProvinceId: PP }) });
    const second = await db.victim.create({
      data: buildVictim({ name, rescueProvinceId: PP, linkedToId: first.id }),
    });
    const elsewhere = await db.victim.create({ data: buildVictim({ name, rescueProvinceId: SR }) });
    await db.victim.create({
      data: buildVictim({ name, rescueProvinceId: SR, linkedToId: elsewhere.id }),
    });
    const after = await findLinkedRecords(staff);
    expect(after.victims).toBe(before.victims + 1);
    expect(after.latest[0]).toMatchObject({
      kind: "victim",
      id: second.id,
      label: second.code,
      linkedToLabel: first.code,
      href: `/victims/${second.id}`,
    });
    expect(JSON.stringify(after)).not.toContain(name);
  });

  it("counts referrals awaiting action: a provider's own, and case staff's victims in scope", async () => {
    const provider = await db.agency.findFirstOrThrow({ where: { code: "DOSVY-SRP" } });
    const police = await db.agency.findFirstOrThrow({ where: { code: "POL-PNP" } });
    const shelter = await makeUser(db, "STAFF", { provinceIds: [SR], agencyId: provider.id });
    const staff = await makeUser(db, "STAFF", { provinceIds: [PP], agencyId: police.id });
    const count = async (user: typeof staff) =>
      Object.fromEntries((await countReferralsAwaiting(user)).map((r) => [r.status, r.count]));
    const [beforeShelter, beforeStaff] = [await count(shelter), await count(staff)];
    const inPP = await db.victim.create({ data: buildVictim({ rescueProvinceId: PP }) });
    const inSR = await db.victim.create({ data: buildVictim({ rescueProvinceId: SR }) });
    const refer = (victimId: string, providerId: number, status: string) =>
      db.referral.create({
        data: {
          victimId,
          providerId,
          service: "SHELTER",
          referredAt: new Date(),
          statusAt: new Date(),
          status: status as "REFERRED",
        },
      });
    await refer(inPP.id, 3, "REFERRED");
    await refer(inPP.id, 3, "ACCEPTED");
    await refer(inPP.id, 3, "PROVIDED");
    await refer(inSR.id, provider.id, "REFERRED");
    await refer(inSR.id, 3, "REFERRED");
    // The provider: only the referral made to it, not the victim's other referral.
    expect(await count(shelter)).toEqual({
      REFERRED: (beforeShelter.REFERRED ?? 0) + 1,
      ACCEPTED: beforeShelter.ACCEPTED ?? 0,
    });
    // Phnom Penh police staff: the referrals of Phnom Penh's victim, none of Siem Reap's.
    expect(await count(staff)).toEqual({
      REFERRED: beforeStaff.REFERRED! + 1,
      ACCEPTED: beforeStaff.ACCEPTED! + 1,
    });
    const links = (await countReferralsAwaiting(staff)).map((r) => r.href);
    expect(links).toEqual(["/referrals?status=REFERRED", "/referrals?status=ACCEPTED"]);
  });

  it("is refused to an administrator, whose role reads no records", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(findUnplacedRecords(admin)).rejects.toMatchObject({ code: "forbidden" });
    await expect(countStaleCases(admin)).rejects.toMatchObject({ code: "forbidden" });
    await expect(findLinkedRecords(admin)).rejects.toMatchObject({ code: "forbidden" });
    await expect(countReferralsAwaiting(admin)).rejects.toMatchObject({ code: "forbidden" });
  });
});
