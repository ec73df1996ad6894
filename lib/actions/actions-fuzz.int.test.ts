import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GuardSpec } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { makeActionFixtures, type ActionFixtures } from "@/lib/testing/fuzz/action-fixtures";
import { checkAction, hostileInputs } from "@/lib/testing/fuzz/action-property";
import { fingerprintPool } from "@/lib/testing/fuzz/db-fingerprint";
import { OTHER_TARGETS } from "@/lib/testing/fuzz/other-targets";
import { PERM_TARGETS } from "@/lib/testing/fuzz/perm-targets";
import { RECORD_TARGETS } from "@/lib/testing/fuzz/record-targets";
import { WORKFLOW_TARGETS } from "@/lib/testing/fuzz/workflow-targets";
import { REFERRAL_TARGETS } from "@/lib/testing/fuzz/referral-targets";
import { assertFuzz, fuzzRuns, generatedCount, vitestReplay } from "@/lib/testing/fuzz/run-fuzz";

// Issue 9: every server action's spec, found by listing lib/actions/definitions, takes generated hostile
// input through runGuarded as a real user against the real database. No input may reach the 500
// path; a refusal names its field and writes nothing; an accepted input writes exactly one
// record's rows and one audit row. FUZZ_SEED, FUZZ_RUNS and FUZZ_PATH replay or widen a run.

const FILE = "lib/actions/actions-fuzz.int.test.ts";
const TARGETS = {
  ...RECORD_TARGETS,
  ...OTHER_TARGETS,
  ...WORKFLOW_TARGETS,
  ...PERM_TARGETS,
  ...REFERRAL_TARGETS,
};
const SPECS_DIR = path.resolve("lib/actions/definitions");

const isSpec = (v: unknown): v is GuardSpec<never, unknown> =>
  typeof v === "object" && v !== null && "permission" in v && "schema" in v && "handler" in v;

const specs: [string, GuardSpec<never, unknown>][] = [];
for (const file of readdirSync(SPECS_DIR).filter((f) => /^[\w-]+\.ts$/.test(f))) {
  const exports = (await import(path.join(SPECS_DIR, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exports)) if (isSpec(value)) specs.push([name, value]);
}

const db = testDb();
const pool = fingerprintPool();
let fx: ActionFixtures;
beforeAll(async () => {
  fx = await makeActionFixtures(db);
});
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

describe("every server action has a fuzz target", () => {
  it("lists the specs it found", () => {
    expect(specs.length).toBeGreaterThanOrEqual(20);
  });
  it.each(specs.map(([name]) => name))("%s has a target", (name) => {
    expect(TARGETS, `add ${name} to lib/testing/fuzz/*-targets.ts`).toHaveProperty(name);
  });
});

describe("server actions under hostile input", () => {
  for (const [name, spec] of specs) {
    const target = TARGETS[name as keyof typeof TARGETS];
    if (!target) continue;
    const title = `${name}: no 500, a clear refusal, nothing written unless valid`;
    it(title, { timeout: 120_000 }, async () => {
      await assertFuzz(
        fc.asyncProperty(hostileInputs(target), (generated) =>
          checkAction(pool, fx, spec, target, generated),
        ),
        { runs: fuzzRuns(target.runs), replay: vitestReplay(FILE, title), key: title },
      );
    });
  }

  // With the import fuzz (at least 400 files) and the route fuzz (175 requests), over 1,000 a run.
  it("threw at least 700 generated inputs", () => {
    if (process.env.FUZZ_PATH || process.env.FUZZ_RUNS || process.env.FUZZ_SKIP) return;
    expect(generatedCount()).toBeGreaterThanOrEqual(700);
  });
});
