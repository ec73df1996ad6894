import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db-client";

/** A client of the test database for arranging and inspecting data. */
export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("integration-setup.ts has not set DATABASE_URL");
  return createPrismaClient(url, 4);
}

/** A key unique to one test, for data no other test touches. */
export function uniqueKey() {
  return randomUUID().slice(0, 8).toUpperCase();
}

/** A year in the far future owned by one test, so yearly counts see only that test's records. */
export function uniqueYear() {
  return 2200 + Math.floor(Math.random() * 7000);
}

/** A past year owned by one test (event dates may not be in the future). */
export function uniquePastYear() {
  return 1000 + Math.floor(Math.random() * 1000);
}
