import { afterAll, describe, expect, it } from "vitest";
import { createSuspectSpec, updateSuspectSpec } from "@/lib/actions/definitions/suspects";
import { createVictimSpec, updateVictimSpec } from "@/lib/actions/definitions/victims";
import { runGuarded, type GuardSpec } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { makeCase, suspectForm, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import type { z } from "zod";

// Two sessions edit the same record from the same version: exactly one wins, the other is told
// who changed what, and neither edit is lost by being silently overwritten.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.34", userAgent: "vitest" };

type Form = Record<string, string | string[] | null>;

/**
 * Two staff members save `changes[0]` and `changes[1]` at once over a record made from `form`.
 * Returns the winner's index and edits, the loser's refusal having been checked; the caller checks
 * what was stored.
 */
async function race<C extends z.ZodType, U extends z.ZodType>(
  entity: "suspect" | "victim",
  specs: { create: GuardSpec<C, unknown>; update: GuardSpec<U, unknown> },
  form: Form,
  changes: [Form, Form],
) {
  const [a, b] = await Promise.all([
    makeUser(db, "STAFF", { provinceIds: [12] }),
    makeUser(db, "STAFF", { provinceIds: [12] }),
  ]);
  const created = await runGuarded(specs.create, a, request, form);
  const { id } = (created as { data: { id: string } }).data;
  const edits: Form[] = changes.map((change) => ({ ...form, id, version: "1", ...change }));
  const results = await Promise.all([
    runGuarded(specs.update, a, request, edits[0]),
    runGuarded(specs.update, b, request, edits[1]),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const winner = results.findIndex((r) => r.ok);
  const users = [a, b];
  expect(results[1 - winner]).toMatchObject({
    ok: false,
    code: "conflict",
    messageKey: "recordChanged",
    params: { who: users[winner]!.email, fields: Object.keys(changes[winner]!)[0] },
  });
  // Only the winner's edit is in the trail.
  const updates = await db.auditEvent.findMany({
    where: { entityId: id, action: `${entity}.updated` },
  });
  expect(updates.map((e) => e.actorId)).toEqual([users[winner]!.id]);
  // The loser, resubmitting from the same stale version, is still refused.
  expect(
    await runGuarded(specs.update, users[1 - winner]!, request, edits[1 - winner]),
  ).toMatchObject({ code: "conflict", messageKey: "recordChanged" });
  return { id, winner: edits[winner]! };
}

describe("a stale suspect save", () => {
  it("is refused naming who changed what, and no update is lost", async () => {
    const kase = await makeCase(db, 12);
    const { id, winner } = await race(
      "suspect",
      { create: createSuspectSpec, update: updateSuspectSpec },
      suspectForm(kase.id),
      [{ role: "EXPLOITER" }, { charges: "Article 12" }],
    );
    expect(await db.suspect.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 2,
      role: winner.role,
      charges: winner.charges,
    });
  });
});

describe("a stale victim save", () => {
  it("is refused naming who changed what, and no update is lost", async () => {
    const { id, winner } = await race(
      "victim",
      { create: createVictimSpec, update: updateVictimSpec },
      victimForm(null),
      [{ exploitationType: "LABOUR" }, { homeProvinceId: "3" }],
    );
    expect(await db.victim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 2,
      exploitationType: winner.exploitationType,
      homeProvinceId: Number(winner.homeProvinceId),
    });
  });
});
