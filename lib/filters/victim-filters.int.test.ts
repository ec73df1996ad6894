import { afterAll, describe, expect, it } from "vitest";
import type { ActingUser } from "@/lib/auth/acting-user";
import { findVictims } from "@/lib/data/victims";
import { victimScope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildVictim } from "@/prisma/factories";
import { filtersOf } from "@/lib/testing/record-lists";

// Victim filters against a real PostgreSQL; each test owns a far-future year and a code prefix.
const db = testDb();
afterAll(() => db.$disconnect());

type Overrides = Partial<Prisma.VictimUncheckedCreateInput>;

async function arrange() {
  const year = await uniqueYear();
  const key = uniqueKey();
  const prefix = `V-${key}-`;
  const at = new Date(`${year}-06-15T10:00:00+07:00`);
  const make = (label: string, o: Overrides = {}) =>
    db.victim.create({
      data: buildVictim({ code: `${prefix}${label}`, rescuedAt: at, rescueProvinceId: 12, ...o }),
    });
  const national = await makeUser(db, "MANAGER");
  const find = (params: Record<string, string>, user: ActingUser = national) =>
    findVictims(user, filtersOf("victims", { year: String(year), ...params }));
  const list = async (params: Record<string, string>, user?: ActingUser) => {
    const { rows, total } = await find(params, user);
    expect(total).toBe(rows.length);
    return rows.map((r) => r.code.slice(prefix.length)).sort();
  };
  return { year, key, prefix, make, find, list };
}

describe("victim filters", () => {
  it("place each victim in the NCCT age band of their age on the rescue date", async () => {
    const { year, make, find, list } = await arrange();
    const born = (yearsBefore: number, monthDay: string) =>
      new Date(`${year - yearsBefore}-${monthDay}`);
    const plain = { ageAtRescue: null };
    await make("D15-1", { ...plain, dateOfBirth: born(15, "06-16") }); // 15 tomorrow
    await make("D15", { ...plain, dateOfBirth: born(15, "06-15") }); // 15 today
    await make("D18-1", { ...plain, dateOfBirth: born(18, "06-16") });
    await make("D18", { ...plain, dateOfBirth: born(18, "06-15") });
    // 00:30 on the birthday in Phnom Penh is still the day before in UTC.
    const early = new Date(`${year}-06-15T00:30:00+07:00`);
    await make("TZ15", { ...plain, dateOfBirth: born(15, "06-15"), rescuedAt: early });
    await make("A14", { ageAtRescue: 14 });
    await make("A15", { ageAtRescue: 15 });
    await make("A17", { ageAtRescue: 17 });
    await make("A18", { ageAtRescue: 18 });
    await make("DOB", { dateOfBirth: born(10, "01-01"), ageAtRescue: 30 }); // the exact date wins
    await make("NONE", plain);
    await make("LATE", { ...plain, dateOfBirth: new Date(`${year}-07-01`) }); // born after rescue
    expect(await list({ ageBand: "under15" })).toEqual(["A14", "D15-1", "DOB"]);
    expect(await list({ ageBand: "15to17" })).toEqual(["A15", "A17", "D15", "D18-1", "TZ15"]);
    expect(await list({ ageBand: "18plus" })).toEqual(["A18", "D18"]);
    expect(await list({ ageBand: "unknown" })).toEqual(["LATE", "NONE"]);
    const all = await find({});
    expect(all.total).toBe(12);
    // Each row carries the band the filter uses, and never the name or date of birth.
    for (const band of ["under15", "15to17", "18plus", "unknown"]) {
      const { rows } = await find({ ageBand: band });
      expect(rows.every((r) => r.ageBand === band)).toBe(true);
    }
    expect(Object.keys(all.rows[0] ?? {})).not.toContain("name");
    expect(Object.keys(all.rows[0] ?? {})).not.toContain("dateOfBirth");
  });

  it("read the rescue's year in Phnom Penh and narrow by each filter", async () => {
    const { year, make, list } = await arrange();
    const kase = await db.case.create({
      data: buildCase({ reference: `T-${uniqueKey()}`, provinceId: 12 }),
    });
    await make("LAST", { rescuedAt: new Date(`${year}-12-31T23:30:00+07:00`) });
    await make("NEXT", { rescuedAt: new Date(`${year}-12-31T17:30:00Z`) }); // 1 Jan, 00:30
    await make("SR", { rescueProvinceId: 17 });
    await make("LAB", { exploitationType: "LABOUR" });
    await make("TH", { nationality: "TH" });
    await make("NN", { nationality: null });
    await make("M", { sex: "MALE" });
    await make("MY", { rescuedAbroad: true, rescueProvinceId: null, rescueCountry: "MY" });
    await make("ABX", { rescuedAbroad: true, rescueProvinceId: null, rescueCountry: null });
    await make("CASE", { caseId: kase.id });
    const cambodia = ["CASE", "LAB", "LAST", "M", "NN", "SR", "TH"];
    expect(await list({})).toEqual(["ABX", "CASE", "LAB", "LAST", "M", "MY", "NN", "SR", "TH"]);
    expect(await list({ province: "17" })).toEqual(["SR"]);
    expect(await list({ exploitation: "LABOUR" })).toEqual(["LAB"]);
    expect(await list({ nationality: "TH" })).toEqual(["TH"]);
    expect(await list({ nationality: "unspecified" })).toEqual(["NN"]);
    expect(await list({ sex: "MALE" })).toEqual(["M"]);
    expect(await list({ place: "abroad" })).toEqual(["ABX", "MY"]);
    expect(await list({ place: "cambodia" })).toEqual(cambodia);
    expect(await list({ rescueCountry: "MY" })).toEqual(["MY"]);
    expect(await list({ rescueCountry: "unspecified" })).toEqual(["ABX"]);
    expect(await list({ hasCase: "yes" })).toEqual(["CASE"]);
    expect(await list({ hasCase: "no", place: "abroad" })).toEqual(["ABX", "MY"]);
  });

  it("search codes for everyone, and names only for those who may read identities", async () => {
    const { key, make, list } = await arrange();
    await make("ONE", { name: `Sokha ${key}` });
    await make("TWO");
    const staff = await makeUser(db, "STAFF", { nationalScope: true });
    expect(await list({ q: `v-${key}-on` })).toEqual(["ONE"]);
    expect(await list({ q: `sokha ${key}` }, staff)).toEqual(["ONE"]);
    expect(await list({ q: `sokha ${key}` })).toEqual([]); // a manager may not read identities
  });

  it("leave out soft-deleted victims unless a restorer asks for them", async () => {
    const { make, list } = await arrange();
    await make("LIVE");
    await make("GONE", { deletedAt: new Date() });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    expect(await list({}, staff)).toEqual(["LIVE"]);
    expect(await list({ deleted: "only" }, staff)).toEqual(["GONE"]);
    await expect(list({ deleted: "only" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("show a province-scoped user the victims rescued there, or with a case there", async () => {
    const { prefix, make, list } = await arrange();
    const inPP = await db.case.create({
      data: buildCase({ reference: `T-${uniqueKey()}`, provinceId: 12 }),
    });
    const abroad = { rescuedAbroad: true, rescueProvinceId: null, rescueCountry: "TH" };
    await make("PP");
    await make("SR", { rescueProvinceId: 17 });
    await make("SRCASEPP", { rescueProvinceId: 17, caseId: inPP.id });
    await make("ABPP", { ...abroad, caseId: inPP.id });
    await make("AB", abroad);
    await make("NOPROV", { rescueProvinceId: null, caseId: inPP.id });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    expect(await list({}, staff)).toEqual(["ABPP", "NOPROV", "PP"]);
    // The SQL scope agrees with lib/auth/scope.ts's Prisma scope.
    const prismaScoped = await db.victim.count({
      where: { AND: [victimScope(staff), { code: { startsWith: prefix } }] },
    });
    expect(prismaScoped).toBe(3);
    expect(await list({})).toEqual(["AB", "ABPP", "NOPROV", "PP", "SR", "SRCASEPP"]);
  });
});
