import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findCases } from "@/lib/data/cases";
import { findReferrals } from "@/lib/data/referrals";
import { findSuspects } from "@/lib/data/suspects";
import { findVictims } from "@/lib/data/victims";
import { testDb } from "@/lib/testing/db";
import {
  captureQueries,
  explainQuery,
  listQueries,
  planNodes,
  type CapturedQuery,
  type PlanNode,
} from "@/lib/testing/query-plans";
import { filtersOf } from "@/lib/testing/record-lists";
import { makeUser } from "@/lib/testing/users";
import { parseReferralFilters } from "./referral-filters";

// Each list's page is read in an index's order: PostgreSQL walks the index and stops after 51
// rows instead of sorting every row the filters select (migration list_order_indexes). The queries
// are the ones the lists send (caught under Prisma) and are explained with sorting and sequential
// scans priced out of reach, so the plan has no Sort node only when an index gives the order:
// the answer does not depend on how many rows the test database holds or on its statistics.
// PostgreSQL only: the embedded PGlite's planner settings and plans are not what production runs.

const db = testDb();
const [{ version }] = await db.$queryRaw<[{ version: string }]>`SELECT version() AS version`;
const ON_POSTGRES = !version.includes("PGlite");
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
if (ON_POSTGRES) await client.connect();
afterAll(async () => {
  if (ON_POSTGRES) await client.end();
  await db.$disconnect();
});

const NO_SORT = {
  enable_sort: "off",
  enable_incremental_sort: "off",
  enable_seqscan: "off",
};

async function plan(query: CapturedQuery): Promise<PlanNode[]> {
  return planNodes((await explainQuery(client, query, NO_SORT)).json);
}

const SORTS = new Set(["Sort", "Incremental Sort"]);
const SCANS = new Set(["Index Scan", "Index Only Scan"]);

/** The page is an index scan of `table` in the sort's order; the count uses an index's range. */
async function expectIndexOrdered(
  table: string,
  run: () => Promise<unknown>,
  options: { countByRange: boolean },
) {
  const { page, count } = listQueries(await captureQueries(run), table);
  const pageNodes = await plan(page);
  const scans = pageNodes.filter((n) => SCANS.has(n["Node Type"]) && n["Relation Name"] === table);
  expect(scans.length, page.text).toBeGreaterThan(0);
  expect(
    pageNodes.map((n) => n["Node Type"]).filter((t) => SORTS.has(t)),
    page.text,
  ).toEqual([]);
  if (options.countByRange) {
    const countNodes = await plan(count);
    const ranged = countNodes.filter((n) => n["Relation Name"] === table && "Index Cond" in n);
    expect(ranged.length, count.text).toBeGreaterThan(0);
  }
}

describe.skipIf(!ON_POSTGRES)("record lists read their pages in an index's order", async () => {
  const manager = await makeUser(db, "MANAGER");
  const cases: Record<string, string>[] = [
    { year: "2017" },
    { year: "2017", sort: "date-asc" },
    { year: "2017", province: "12" },
    {},
    { sort: "reference-asc" },
    { sort: "reference-desc" },
  ];
  it.each(cases)("cases %o", async (params) => {
    const filters = filtersOf("cases", params);
    await expectIndexOrdered("case", () => findCases(manager, filters), {
      countByRange: "year" in params,
    });
  });

  const victims: Record<string, string>[] = [
    { year: "2017" },
    { year: "2017", sort: "date-asc" },
    { year: "2017", province: "12" },
    {},
    { sort: "code-asc" },
    { sort: "code-desc" },
  ];
  it.each(victims)("victims %o", async (params) => {
    const filters = filtersOf("victims", params);
    await expectIndexOrdered("victim", () => findVictims(manager, filters), {
      countByRange: "year" in params,
    });
  });

  // The suspects' reference-asc orders by the case's reference, through a join: no index of one
  // table holds that order, and the sort is offered for its rarely large result.
  const suspects: Record<string, string>[] = [
    { year: "2017" },
    { year: "2017", sort: "date-asc" },
    {},
  ];
  it.each(suspects)("suspects %o", async (params) => {
    const filters = filtersOf("suspects", params);
    await expectIndexOrdered("suspect", () => findSuspects(manager, filters), {
      countByRange: "year" in params,
    });
  });

  it("referrals, newest first", async () => {
    const { filters } = parseReferralFilters({});
    await expectIndexOrdered("referral", () => findReferrals(manager, filters), {
      countByRange: false,
    });
  });
});
