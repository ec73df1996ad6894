import { afterAll, describe, expect, it } from "vitest";
import { findSuspects } from "@/lib/data/suspects";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect } from "@/prisma/factories";
import { filtersOf } from "@/lib/testing/record-lists";
import { parseRecordFilters } from "./record-filters";

// Suspect filters against a real PostgreSQL; each test owns a far-future year.
const db = testDb();
afterAll(() => db.$disconnect());

/** Suspects in `year`, named by key and label, arrested in Phnom Penh's case unless overridden. */
async function arrange() {
  const year = await uniqueYear();
  const key = uniqueKey();
  const at = new Date(`${year}-03-01T09:00:00+07:00`);
  const pp = await db.case.create({
    data: buildCase({ reference: `T-${key}-PP`, provinceId: 12, crackedDownAt: at }),
  });
  const sr = await db.case.create({
    data: buildCase({ reference: `T-${key}-SR`, provinceId: 17, crackedDownAt: at }),
  });
  const make = (label: string, o: Partial<Prisma.SuspectUncheckedCreateInput> = {}) =>
    db.suspect.create({
      data: buildSuspect({ name: `S ${key} ${label}`, caseId: pp.id, arrestedAt: at, ...o }),
    });
  const list = async (
    params: Record<string, string>,
    user?: Awaited<ReturnType<typeof makeUser>>,
  ) => {
    const reader = user ?? (await makeUser(db, "AUDITOR"));
    const found = await findSuspects(
      reader,
      filtersOf("suspects", { year: String(year), ...params }),
    );
    expect(found.total).toBe(found.rows.length);
    const names = await db.suspect.findMany({
      where: { id: { in: found.rows.map((r) => r.id) } },
      select: { name: true },
    });
    return names.map((n) => n.name.split(" ")[2]).sort();
  };
  return { year, key, sr, make, list };
}

describe("suspect filters", () => {
  it("read the arrest's year in Phnom Penh and narrow by province, sex and case link", async () => {
    const { year, sr, make, list } = await arrange();
    await make("A", { arrestedAt: new Date(`${year}-12-31T23:30:00+07:00`) });
    await make("B", { caseId: sr.id, sex: "FEMALE" });
    await make("C", { caseId: null });
    await make("NEXT", { arrestedAt: new Date(`${year}-12-31T17:30:00Z`) });
    expect(await list({})).toEqual(["A", "B", "C"]);
    expect(await list({ province: "17" })).toEqual(["B"]);
    expect(await list({ sex: "FEMALE" })).toEqual(["B"]);
    expect(await list({ hasCase: "no" })).toEqual(["C"]);
    expect(await list({ hasCase: "yes" })).toEqual(["A", "B"]);
  });

  it("narrow by nationality: a country, unspecified, foreign and foreign-unspecified", async () => {
    const { make, list } = await arrange();
    await make("KH", { nationality: "KH", isForeign: false });
    await make("VN", { nationality: "VN", isForeign: true });
    await make("FOREIGN", { nationality: null, isForeign: true });
    await make("NONE", { nationality: null, isForeign: null });
    expect(await list({ nationality: "vn" })).toEqual(["VN"]);
    expect(await list({ nationality: "unspecified" })).toEqual(["FOREIGN", "NONE"]);
    expect(await list({ nationality: "foreign" })).toEqual(["FOREIGN", "VN"]);
    expect(await list({ nationality: "foreign-unspecified" })).toEqual(["FOREIGN"]);
  });

  it("search names, and leave out the deleted unless asked for", async () => {
    const { key, make, list } = await arrange();
    await make("LIVE");
    await make("GONE", { deletedAt: new Date() });
    expect(await list({ q: `s ${key} li` })).toEqual(["LIVE"]);
    const staff = await makeUser(db, "STAFF", { nationalScope: true });
    expect(await list({ deleted: "only" }, staff)).toEqual(["GONE"]);
  });

  it("show a province-scoped user only suspects of cases in their provinces", async () => {
    const { sr, make, list } = await arrange();
    await make("PP");
    await make("SR", { caseId: sr.id });
    await make("NOCASE", { caseId: null });
    const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
    expect(await list({}, staff)).toEqual(["PP"]);
    expect(await list({})).toEqual(["NOCASE", "PP", "SR"]);
  });

  it("apply the year and the period to the verdict's date when dated=verdict, read in Phnom Penh", async () => {
    const { year, make, list } = await arrange();
    // 23:30 on 31 March in Phnom Penh is 16:30 UTC: 31 March. 00:30 on 1 April is still
    // 31 March in UTC, but 1 April in Phnom Penh.
    await make("LATE", {
      courtOutcome: "CONVICTED",
      verdictAt: new Date(`${year}-03-31T23:30:00+07:00`),
    });
    await make("APRIL", {
      courtOutcome: "CONVICTED",
      verdictAt: new Date(`${year}-04-01T00:30:00+07:00`),
    });
    await make("ACQ", {
      courtOutcome: "ACQUITTED",
      verdictAt: new Date(`${year}-02-10T10:00:00+07:00`),
    });
    await make("PEND", { courtOutcome: "PENDING" });
    await make("NONE");
    const verdict = { dated: "verdict" };
    expect(await list(verdict)).toEqual(["ACQ", "APRIL", "LATE"]);
    expect(await list({ ...verdict, outcome: "CONVICTED" })).toEqual(["APRIL", "LATE"]);
    const march = { from: `${year}-03-01`, to: `${year}-03-31` };
    expect(await list({ ...verdict, ...march, outcome: "CONVICTED" })).toEqual(["LATE"]);
    expect(await list({ ...verdict, from: `${year}-04-01` })).toEqual(["APRIL"]);
    // The arrest's date (the default) puts all five in March.
    expect(await list({ ...march })).toEqual(["ACQ", "APRIL", "LATE", "NONE", "PEND"]);
    expect(await list({ dated: "arrest", outcome: "none" })).toEqual(["NONE"]);
    expect(await list({ outcome: "PENDING" })).toEqual(["PEND"]);
  });

  it("apply the year to the charge's date when dated=charged", async () => {
    const { year, make, list } = await arrange();
    await make("NEWYEAR", { chargedAt: new Date(`${year + 1}-01-01T00:30:00+07:00`) });
    await make("DEC", { chargedAt: new Date(`${year}-12-31T23:30:00+07:00`) });
    await make("NOCHARGE");
    expect(await list({ dated: "charged" })).toEqual(["DEC"]);
    expect(await list({ dated: "charged", year: String(year + 1) })).toEqual(["NEWYEAR"]);
  });

  it("refuse a date kind or a verdict not in the lists, with the error beside the filter", () => {
    const { errors } = parseRecordFilters("suspects", { dated: "birth", outcome: "GUILTY" });
    expect(errors).toEqual({ dated: "choose", outcome: "choose" });
  });
});
