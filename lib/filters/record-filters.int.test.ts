import { afterAll, describe, expect, it } from "vitest";
import { findCases } from "@/lib/data/cases";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase } from "@/prisma/factories";
import { filtersOf } from "@/lib/testing/record-lists";

// Case filters against a real PostgreSQL. Each test owns a far-future year (or a unique key) and
// filters by it, so other tests' records never show.
const db = testDb();
afterAll(() => db.$disconnect());

const refs = (rows: { reference: string }[]) => rows.map((r) => r.reference).sort();

function caseMaker(key: string, at?: Date) {
  return (n: string, o: Partial<Prisma.CaseUncheckedCreateInput> = {}) =>
    db.case.create({
      data: buildCase({ reference: `T-${key}-${n}`, provinceId: 12, crackedDownAt: at, ...o }),
    });
}

describe("case filters", () => {
  it("read the crack-down's year in Phnom Penh: 23:30 on 31 December is that year", async () => {
    const year = await uniqueYear();
    const key = uniqueKey();
    const make = caseMaker(key);
    await make("LAST", { crackedDownAt: new Date(`${year}-12-31T23:30:00+07:00`) });
    await make("FIRST", { crackedDownAt: new Date(`${year}-01-01T00:00:00+07:00`) });
    await make("NEXT", { crackedDownAt: new Date(`${year}-12-31T17:30:00Z`) }); // 00:30, 1 Jan
    await make("BEFORE", { crackedDownAt: new Date(`${year - 1}-12-31T23:59:59.999+07:00`) });
    const manager = await makeUser(db, "MANAGER");
    const { rows, total } = await findCases(manager, filtersOf("cases", { year: String(year) }));
    expect([refs(rows), total]).toEqual([[`T-${key}-FIRST`, `T-${key}-LAST`], 2]);
    const next = await findCases(manager, filtersOf("cases", { year: String(year + 1) }));
    expect(refs(next.rows)).toEqual([`T-${key}-NEXT`]);
  });

  it("narrow by province, offence, status and text, alone and together", async () => {
    const year = await uniqueYear();
    const key = uniqueKey();
    const make = caseMaker(key, new Date(`${year}-05-01T10:00:00+07:00`));
    await make("A", {
      offenceType: "SEXUAL_EXPLOITATION",
      status: "OPEN",
      leadAgency: `U ${key}Yx`,
    });
    await make("B", { provinceId: 17, offenceType: "SEXUAL_EXPLOITATION", status: "CLOSED" });
    await make("C", {
      offenceType: "LABOUR_EXPLOITATION",
      status: "CLOSED",
      leadAgency: `U ${key}_x`,
    });
    const national = await makeUser(db, "AUDITOR");
    const list = async (params: Record<string, string>) => {
      const filters = filtersOf("cases", { year: String(year), ...params });
      return refs((await findCases(national, filters)).rows).map((r) => r.slice(-1));
    };
    expect(await list({})).toEqual(["A", "B", "C"]);
    expect(await list({ province: "17" })).toEqual(["B"]);
    expect(await list({ offence: "SEXUAL_EXPLOITATION" })).toEqual(["A", "B"]);
    expect(await list({ status: "CLOSED" })).toEqual(["B", "C"]);
    expect(await list({ status: "CLOSED", province: "12" })).toEqual(["C"]);
    expect(await list({ q: `t-${key}-a` })).toEqual(["A"]);
    expect(await list({ q: `u ${key}` })).toEqual(["A", "C"]);
    // "_" is searched for as itself, not as a one-character wildcard matching "Y".
    expect(await list({ q: `${key}_x` })).toEqual(["C"]);
  });

  it("leave out soft-deleted cases unless asked for, and only restorers may ask", async () => {
    const year = await uniqueYear();
    const key = uniqueKey();
    const make = caseMaker(key, new Date(`${year}-05-01T10:00:00+07:00`));
    await make("LIVE");
    await make("GONE", { deletedAt: new Date() });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const live = await findCases(staff, filtersOf("cases", { year: String(year) }));
    expect([refs(live.rows), live.total]).toEqual([[`T-${key}-LIVE`], 1]);
    const only = filtersOf("cases", { year: String(year), deleted: "only" });
    const gone = await findCases(staff, only);
    expect([refs(gone.rows), gone.total]).toEqual([[`T-${key}-GONE`], 1]);
    const manager = await makeUser(db, "MANAGER");
    await expect(findCases(manager, only)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("show a province-scoped user only their provinces, whatever the filters ask", async () => {
    const year = await uniqueYear();
    const key = uniqueKey();
    const make = caseMaker(key, new Date(`${year}-05-01T10:00:00+07:00`));
    await make("PP");
    await make("SR", { provinceId: 17 });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    const mine = await findCases(staff, filtersOf("cases", { year: String(year) }));
    expect([refs(mine.rows), mine.total]).toEqual([[`T-${key}-PP`], 1]);
    const other = await findCases(
      staff,
      filtersOf("cases", { year: String(year), province: "17" }),
    );
    expect([other.rows, other.total]).toEqual([[], 0]);
  });

  it("are refused to a role that reads no records", async () => {
    const admin = await makeUser(db, "ADMIN");
    await expect(findCases(admin, filtersOf("cases", {}))).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
