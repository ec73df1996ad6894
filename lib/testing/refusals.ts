// For the integration tests only (it uses vitest's expect): not for the fuzz targets, which the
// Playwright route fuzz loads too.
import { expect } from "vitest";
import type { z } from "zod";
import type { ActingUser } from "@/lib/auth/acting-user";
import { runGuarded, type GuardSpec } from "@/lib/auth/guard-core";
import type { Db } from "@/lib/db-client";
import { peopleFingerprint } from "./people";

/**
 * Runs `spec` through the guard as `actor` and returns its result, failing the test if the
 * people of `caseIds` (and what `actor` can see) changed: for refusals, which must write nothing.
 */
export async function runRefused<S extends z.ZodType, T>(
  db: Db,
  spec: GuardSpec<S, T>,
  actor: ActingUser,
  caseIds: string[],
  input: Record<string, unknown>,
) {
  const before = await peopleFingerprint(db, actor, caseIds);
  const result = await runGuarded(spec, actor, { ip: "192.0.2.22", userAgent: "vitest" }, input);
  expect(await peopleFingerprint(db, actor, caseIds)).toEqual(before);
  return result;
}
