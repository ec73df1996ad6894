import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { loadDemoRecords } from "./seed-records";

const db = testDb();
afterAll(() => db.$disconnect());

// Tests share one database, and others make records in many years (the seed's own test may have
// loaded the demo records already). So the records are loaded for a creator of this test's own,
// counted by that creator, and read inside a transaction that is then rolled back.
class RolledBack extends Error {}

type Figures = Awaited<ReturnType<typeof readFigures>>;

// Each figure by the report's rules: the event's year in Phnom Penh, live records only.
async function readFigures(tx: Prisma.TransactionClient, creatorId: string) {
  const live = (alias: string) => {
    const t = Prisma.raw(alias);
    return Prisma.sql`${t}.deleted_at IS NULL AND ${t}.created_by_id = ${creatorId}::uuid`;
  };
  const mine = live("t");
  const yearOf = (column: string) =>
    Prisma.raw(`extract(year FROM ${column} AT TIME ZONE 'Asia/Phnom_Penh')::int::text`);
  const count = (query: Prisma.Sql) =>
    tx
      .$queryRaw<{ key: string | null; n: bigint }[]>(query)
      .then((rows) => Object.fromEntries(rows.map((r) => [r.key ?? "unspecified", Number(r.n)])));
  const in2017 = (column: string) => Prisma.sql`${yearOf(column)} = '2017'`;
  const rescueDate = "(rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::date";
  const age = Prisma.raw(`CASE WHEN date_of_birth IS NULL THEN age_at_rescue
    ELSE date_part('year', age(${rescueDate}, date_of_birth))::int END`);
  return {
    cases: await count(Prisma.sql`SELECT ${yearOf("cracked_down_at")} AS key, count(*) AS n
      FROM "case" t WHERE ${mine} GROUP BY 1`),
    arrests: await count(Prisma.sql`SELECT ${yearOf("arrested_at")} AS key, count(*) AS n
      FROM suspect t WHERE ${mine} AND arrested_at IS NOT NULL GROUP BY 1`),
    victimsInCambodia: await count(Prisma.sql`SELECT ${yearOf("rescued_at")} AS key, count(*) AS n
      FROM victim t WHERE ${mine} AND NOT rescued_abroad GROUP BY 1`),
    abroadByYear: await count(Prisma.sql`SELECT ${yearOf("rescued_at")} AS key, count(*) AS n
      FROM victim t WHERE ${mine} AND rescued_abroad GROUP BY 1`),
    ageBands2017: await count(Prisma.sql`SELECT CASE WHEN a IS NULL THEN 'unknown'
        WHEN a < 15 THEN 'under15' WHEN a < 18 THEN '15to17' ELSE '18plus' END AS key, count(*) AS n
      FROM (SELECT ${age} AS a FROM victim t
             WHERE ${mine} AND NOT rescued_abroad AND ${in2017("rescued_at")}) a GROUP BY 1`),
    provinces2017: await count(Prisma.sql`SELECT rescue_province_id::text AS key, count(*) AS n
      FROM victim t WHERE ${mine} AND NOT rescued_abroad AND ${in2017("rescued_at")} GROUP BY 1`),
    foreign2017: await count(Prisma.sql`SELECT nationality AS key, count(*) AS n FROM suspect t
      WHERE ${mine} AND is_foreign AND ${in2017("arrested_at")} GROUP BY 1`),
    abroad2017: await count(Prisma.sql`SELECT rescue_country AS key, count(*) AS n FROM victim t
      WHERE ${mine} AND rescued_abroad AND ${in2017("rescued_at")} GROUP BY 1`),
    // Every arrest in a live case of its own year, every local victim's case in their province.
    strayArrests: await count(Prisma.sql`SELECT 'stray' AS key, count(*) AS n
      FROM suspect s LEFT JOIN "case" c ON c.id = s.case_id AND c.deleted_at IS NULL
     WHERE ${live("s")} AND s.arrested_at IS NOT NULL
       AND (c.id IS NULL OR ${yearOf("c.cracked_down_at")} <> ${yearOf("s.arrested_at")})`),
    strayVictims: await count(Prisma.sql`SELECT 'stray' AS key, count(*) AS n
      FROM victim v JOIN "case" c ON c.id = v.case_id
     WHERE ${live("v")} AND NOT v.rescued_abroad AND c.province_id <> v.rescue_province_id`),
    // Later entries must continue each province's numbering after the seeded references.
    sequencesBehind: await count(Prisma.sql`SELECT 'behind' AS key, count(*) AS n
      FROM case_sequence s WHERE s.year IN (2016, 2017) AND s.last_value < (
        SELECT max(right(reference, 4)::int) FROM "case" c
         WHERE c.province_id = s.province_id AND c.reference LIKE '%-' || s.year || '-%')`),
  } satisfies Record<string, Record<string, number>>;
}

let figures: Figures;

beforeAll(async () => {
  const creator = await makeUser(db, "STAFF", { provinceIds: [12] });
  await db
    .$transaction(
      async (tx) => {
        await loadDemoRecords(tx, creator.id);
        figures = await readFigures(tx, creator.id);
        throw new RolledBack();
      },
      { timeout: 120_000 },
    )
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  // Rolled back: nothing of the load is left.
  expect(await db.case.count({ where: { createdById: creator.id } })).toBe(0);
});

describe("the demo records reproduce NCCT's 2017 report", () => {
  it("counts cases, arrests and victims by year in Phnom Penh", () => {
    expect(figures.cases).toEqual({ "2016": 92, "2017": 159 });
    expect(figures.arrests).toEqual({ "2016": 113, "2017": 203 });
    expect(figures.victimsInCambodia).toEqual({ "2016": 298, "2017": 345 });
    expect(figures.abroadByYear).toEqual({ "2017": 757 });
  });

  it("gives 2017's age bands, with none unknown", () => {
    expect(figures.ageBands2017).toEqual({ under15: 138, "15to17": 40, "18plus": 167 });
  });

  it("has Phnom Penh rescue the most in 2017, 57, and every other province fewer", () => {
    const { "12": phnomPenh, ...others } = figures.provinces2017;
    expect(phnomPenh).toBe(57);
    expect(Math.max(...Object.values(others))).toBeLessThanOrEqual(40);
    expect(Object.keys(others).length).toBeGreaterThanOrEqual(5);
  });

  it("names 7 nationalities among 20 foreign suspects, and leaves 9 unspecified", () => {
    expect(figures.foreign2017).toEqual({
      ...{ VN: 3, GB: 2, NL: 2, JP: 1, US: 1, RU: 1, CZ: 1 },
      unspecified: 9,
    });
  });

  it("rescues 757 abroad in 2017 by country, 5 unspecified", () => {
    expect(figures.abroad2017).toEqual({
      ...{ MY: 351, TH: 260, CN: 50, LA: 33, ID: 18, VN: 17, SO: 13, JP: 5, SG: 4, SA: 1 },
      unspecified: 5,
    });
  });

  it("links arrests and victims consistently and keeps the case numbering in step", () => {
    expect(figures.strayArrests).toEqual({ stray: 0 });
    expect(figures.strayVictims).toEqual({ stray: 0 });
    expect(figures.sequencesBehind).toEqual({ behind: 0 });
  });
});
