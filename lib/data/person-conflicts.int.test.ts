import { afterAll, describe, expect, it } from "vitest";
import { createSuspectSpec, updateSuspectSpec } from "@/lib/actions/definitions/suspects";
import { createVictimSpec, updateVictimSpec } from "@/lib/actions/definitions/victims";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb } from "@/lib/testing/db";
import { makeCase, suspectForm, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";

// Two sessions edit the same record from the same version: exactly one wins, the other is told
// who changed what, and neither edit is lost by being silently overwritten.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.34", userAgent: "vitest" };

describe("a stale suspect save", () => {
  it("is refused naming who changed what, and no update is lost", async () => {
    const [a, b] = await Promise.all([
      makeUser(db, "STAFF", { provinceIds: [12] }),
      makeUser(db, "STAFF", { provinceIds: [12] }),
    ]);
    const kase = await makeCase(db, 12);
    const form = suspectForm(kase.id);
    const created = await runGuarded(createSuspectSpec, a, request, form);
    const { id } = (created as { data: { id: string } }).data;
    // Two sessions edit from version 1, each changing one field.
    const edits = [
      { ...form, id, version: "1", role: "EXPLOITER" },
      { ...form, id, version: "1", charges: "Article 12" },
    ];
    const results = await Promise.all([
      runGuarded(updateSuspectSpec, a, request, edits[0]),
      runGuarded(updateSuspectSpec, b, request, edits[1]),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.findIndex((r) => r.ok);
    expect(results[1 - winner]).toMatchObject({
      ok: false,
      code: "conflict",
      messageKey: "recordChanged",
      params: { who: [a, b][winner]!.email, fields: ["role", "charges"][winner] },
    });
    // The winner's edit is stored, and the loser's was not applied over it.
    const stored = await db.suspect.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      version: 2,
      role: edits[winner]!.role,
      charges: edits[winner]!.charges,
    });
    const updates = await db.auditEvent.findMany({
      where: { entityId: id, action: "suspect.updated" },
    });
    expect(updates.map((e) => e.actorId)).toEqual([[a, b][winner]!.id]);

    // The loser, resubmitting from the same stale version, is still refused.
    expect(
      await runGuarded(updateSuspectSpec, [a, b][1 - winner]!, request, edits[1 - winner]),
    ).toMatchObject({
      code: "conflict",
      messageKey: "recordChanged",
    });
    expect((await db.suspect.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});

describe("a stale victim save", () => {
  it("is refused naming who changed what, and no update is lost", async () => {
    const [a, b] = await Promise.all([
      makeUser(db, "STAFF", { provinceIds: [12] }),
      makeUser(db, "STAFF", { provinceIds: [12] }),
    ]);
    const form = victimForm(null);
    const result = await runGuarded(createVictimSpec, a, request, form);
    const { id } = (result as { data: { id: string } }).data;
    const edits = [
      { ...form, id, version: "1", exploitationType: "LABOUR" },
      { ...form, id, version: "1", homeProvinceId: "3" },
    ];
    const results = await Promise.all([
      runGuarded(updateVictimSpec, a, request, edits[0]),
      runGuarded(updateVictimSpec, b, request, edits[1]),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = results.findIndex((r) => r.ok);
    expect(results[1 - winner]).toMatchObject({
      ok: false,
      code: "conflict",
      messageKey: "recordChanged",
      params: {
        who: [a, b][winner]!.email,
        fields: ["exploitationType", "homeProvinceId"][winner],
      },
    });
    const stored = await db.victim.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      version: 2,
      exploitationType: edits[winner]!.exploitationType,
      homeProvinceId: Number(edits[winner]!.homeProvinceId),
    });
    const updates = await db.auditEvent.findMany({
      where: { entityId: id, action: "victim.updated" },
    });
    expect(updates.map((e) => e.actorId)).toEqual([[a, b][winner]!.id]);
  });
});
