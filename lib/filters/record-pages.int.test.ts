import { afterAll, describe, expect, it } from "vitest";
import { findCases } from "@/lib/data/cases";
import { LIST_PAGE_SIZE } from "./keyset";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { testDb, uniqueKey, uniqueYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { RECORD_SORTS } from "./record-filters";
import { filtersOf, walkPages } from "@/lib/testing/record-lists";

// Keyset pages against a real PostgreSQL: walking every page of every sort must give each record
// once, in the sort's order, and as many as the total each page reports. Ties on the date and
// records without a date are included on purpose; each test finds its own records by a unique key.
const db = testDb();
afterAll(() => db.$disconnect());

type Key = string | number | null;
/** Compares on keys in order, nulls last, each ascending or descending. */
function by<R>(...keys: [(r: R) => Key, "asc" | "desc"][]) {
  return (a: R, b: R) => {
    for (const [read, dir] of keys) {
      const x = read(a);
      const y = read(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (dir === "asc" ? 1 : -1);
    }
    return 0;
  };
}
const time = (d: Date | null) => d?.getTime() ?? null;
const pad = (i: number) => String(i).padStart(3, "0");

/** An instant in `year`, shared by groups of four records, or none for every seventh. */
function eventAt(year: number, i: number): Date | null {
  return i % 7 === 0 ? null : new Date(Date.UTC(year, 0, 1 + Math.floor(i / 4), 3));
}

describe("keyset pages", () => {
  it("walk every case once, in each sort's order, totalling the filter's count", async () => {
    const key = uniqueKey();
    const year = await uniqueYear();
    await db.case.createMany({
      data: Array.from({ length: 70 }, (_, i) =>
        buildCase({
          reference: `T-${key}-${pad(i)}`,
          provinceId: 12,
          crackedDownAt: eventAt(year, i),
        }),
      ),
    });
    const manager = await makeUser(db, "MANAGER");
    const order = {
      "date-desc": by<{ crackedDownAt: Date | null; reference: string }>(
        [(r) => time(r.crackedDownAt), "desc"],
        [(r) => r.reference, "asc"],
      ),
      "date-asc": by<{ crackedDownAt: Date | null; reference: string }>(
        [(r) => time(r.crackedDownAt), "asc"],
        [(r) => r.reference, "asc"],
      ),
      "reference-asc": by<{ reference: string }>([(r) => r.reference, "asc"]),
      "reference-desc": by<{ reference: string }>([(r) => r.reference, "desc"]),
    };
    for (const sort of RECORD_SORTS.cases) {
      const walked = await walkPages(findCases, manager, filtersOf("cases", { q: key, sort }));
      expect(walked.sizes).toEqual([LIST_PAGE_SIZE, 20]);
      expect(walked.totals).toEqual([70, 70]);
      expect(new Set(walked.rows.map((r) => r.id)).size).toBe(70);
      expect(walked.rows).toEqual([...walked.rows].sort(order[sort]));
    }
  });

  it("walk every suspect once, including those without a case or an arrest", async () => {
    const key = uniqueKey();
    const year = await uniqueYear();
    const cases = await Promise.all(
      ["B", "A", "C"].map((n) =>
        db.case.create({ data: buildCase({ reference: `T-${key}-${n}`, provinceId: 12 }) }),
      ),
    );
    await db.suspect.createMany({
      data: Array.from({ length: 60 }, (_, i) =>
        buildSuspect({
          name: `S ${key} ${i}`,
          caseId: i % 5 === 0 ? null : cases[i % 3]?.id,
          arrestedAt: eventAt(year, i),
        }),
      ),
    });
    const national = await makeUser(db, "AUDITOR");
    type Row = { id: string; arrestedAt: Date | null; case: { reference: string } | null };
    const order = {
      "date-desc": by<Row>([(r) => time(r.arrestedAt), "desc"], [(r) => r.id, "asc"]),
      "date-asc": by<Row>([(r) => time(r.arrestedAt), "asc"], [(r) => r.id, "asc"]),
      "reference-asc": by<Row>([(r) => r.case?.reference ?? null, "asc"], [(r) => r.id, "asc"]),
    };
    for (const sort of RECORD_SORTS.suspects) {
      const filters = filtersOf("suspects", { q: `S ${key} `, sort });
      const walked = await walkPages(findSuspects, national, filters);
      expect(walked.totals).toEqual([60, 60]);
      expect(new Set(walked.rows.map((r) => r.id)).size).toBe(60);
      expect(walked.rows).toEqual([...walked.rows].sort(order[sort]));
    }
  });

  it("walk every victim once in each sort, also when filtered by age band in SQL", async () => {
    const key = uniqueKey();
    const year = await uniqueYear();
    await db.victim.createMany({
      data: Array.from({ length: 120 }, (_, i) =>
        buildVictim({
          code: `V-${key}-${pad(i)}`,
          rescueProvinceId: 12,
          rescuedAt: eventAt(year, i),
          ageAtRescue: i % 3 === 0 ? 12 : 30,
        }),
      ),
    });
    const manager = await makeUser(db, "MANAGER");
    type Row = { rescuedAt: Date | null; code: string };
    const order = {
      "date-desc": by<Row>([(r) => time(r.rescuedAt), "desc"], [(r) => r.code, "asc"]),
      "date-asc": by<Row>([(r) => time(r.rescuedAt), "asc"], [(r) => r.code, "asc"]),
      "code-asc": by<Row>([(r) => r.code, "asc"]),
      "code-desc": by<Row>([(r) => r.code, "desc"]),
    };
    for (const sort of RECORD_SORTS.victims) {
      const walked = await walkPages(findVictims, manager, filtersOf("victims", { q: key, sort }));
      expect(walked.sizes).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 20]);
      expect(walked.totals).toEqual([120, 120, 120]);
      expect(new Set(walked.rows.map((r) => r.id)).size).toBe(120);
      expect(walked.rows).toEqual([...walked.rows].sort(order[sort]));
    }
    const children = filtersOf("victims", { q: key, ageBand: "under15" });
    const walked = await walkPages(findVictims, manager, children);
    expect(walked.totals).toEqual([40]);
    expect(walked.rows.every((r) => r.ageBand === "under15")).toBe(true);
    expect(walked.rows).toHaveLength(40);
  });

  it("start again at the first page when the cursor was made for another sort", async () => {
    const key = uniqueKey();
    await db.case.createMany({
      data: Array.from({ length: 55 }, (_, i) =>
        buildCase({ reference: `T-${key}-${pad(i)}`, provinceId: 12 }),
      ),
    });
    const manager = await makeUser(db, "MANAGER");
    const first = await findCases(manager, filtersOf("cases", { q: key, sort: "reference-asc" }));
    expect(first.nextCursor).not.toBeNull();
    const mismatched = filtersOf("cases", {
      q: key,
      sort: "reference-desc",
      cursor: first.nextCursor ?? "",
    });
    const page = await findCases(manager, mismatched);
    expect(page.rows[0]?.reference).toBe(`T-${key}-054`);
  });
});
