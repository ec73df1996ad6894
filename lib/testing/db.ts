import { randomUUID } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/lib/db-client";

/** A client of the test database for arranging and inspecting data. */
export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("integration-setup.ts has not set DATABASE_URL");
  return createPrismaClient(url, 4);
}

/**
 * A client as the tables' owner, for what the runtime role may not do: DDL, disabling a trigger to
 * tamper with the trail. On PGlite, which has one role, it is the same role as testDb()'s.
 */
export function ownerDb() {
  const url = process.env.OWNER_DATABASE_URL;
  if (!url) throw new Error("integration-setup.ts has not set OWNER_DATABASE_URL");
  return createPrismaClient(url, 2);
}

/** Whether the tests run as a runtime role apart from the owner (PostgreSQL; not PGlite). */
export function runsAsRuntimeRole() {
  return process.env.OWNER_DATABASE_URL !== process.env.DATABASE_URL;
}

/** A key unique to one test, for data no other test touches. */
export function uniqueKey() {
  return randomUUID().slice(0, 8).toUpperCase();
}

// Years are handed out by sequences in the test database (made by the global setup), so no two
// tests in a run ever share one: a test filtering by its own year sees only its own records.
let pool: pg.Pool | undefined;
async function nextFrom(sequence: "test_future_year" | "test_past_year"): Promise<number> {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  const { rows } = await pool.query<{ year: string }>(`SELECT nextval('${sequence}') AS year`);
  return Number(rows[0]!.year);
}

/** A far-future year owned by one test, with the year after it (for year-boundary tests). */
export function uniqueYear(): Promise<number> {
  return nextFrom("test_future_year");
}

/** A past year owned by one test (event dates may not be in the future). */
export function uniquePastYear(): Promise<number> {
  return nextFrom("test_past_year");
}
