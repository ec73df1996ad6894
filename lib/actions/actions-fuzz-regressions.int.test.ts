import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { updateSuspectSpec } from "@/lib/actions/definitions/suspects";
import { updateVictimSpec } from "@/lib/actions/definitions/victims";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { makeActionFixtures } from "@/lib/testing/fuzz/action-fixtures";
import { REQUEST } from "@/lib/testing/fuzz/action-property";
import { changedTables, fingerprintPool, takeFingerprint } from "@/lib/testing/fuzz/db-fingerprint";
import { currentRef } from "@/lib/testing/fuzz/action-fixtures";
import { suspectForm, victimForm } from "@/lib/testing/people";

// Failures the fuzz found (seed 20261129), pinned as plain tests so they stay fixed whatever
// the seed draws: moving a person to a case id that does not exist was a foreign-key error (500).

const db = testDb();
const pool = fingerprintPool();
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

describe("fuzz regressions", () => {
  it("moving a suspect to a case that does not exist is not found, and writes nothing", async () => {
    const fx = await makeActionFixtures(db);
    const suspect = fx.own.suspect.live;
    const input = {
      ...suspectForm(randomUUID()),
      ...(await currentRef(db, "suspect", suspect.id)),
    };
    const before = await takeFingerprint(pool);
    const result = await runGuarded(updateSuspectSpec, fx.staff, REQUEST, input);
    expect(result).toMatchObject({ ok: false, code: "not-found" });
    expect(changedTables(before, await takeFingerprint(pool))).toEqual([]);
  });

  it("moving a victim to a case that does not exist is not found, and writes nothing", async () => {
    const fx = await makeActionFixtures(db);
    const victim = fx.own.victim.live;
    const input = { ...victimForm(randomUUID()), ...(await currentRef(db, "victim", victim.id)) };
    const before = await takeFingerprint(pool);
    const result = await runGuarded(updateVictimSpec, fx.staff, REQUEST, input);
    expect(result).toMatchObject({ ok: false, code: "not-found" });
    expect(changedTables(before, await takeFingerprint(pool))).toEqual([]);
  });
});
