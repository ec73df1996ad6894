import { afterAll, describe, expect, it } from "vitest";
import { createVictimSpec, updateVictimSpec } from "@/lib/actions/definitions/victims";
import { db, fingerprint, request, ROLES } from "@/lib/testing/authorization-matrix";
import {
  AGENCY_ACTORS,
  makeAgencyActor,
  type AgencyActor,
} from "@/lib/testing/authorization-agencies";
import { MATRIX } from "@/lib/testing/authorization-rows";
import { victimForm } from "@/lib/testing/people";
import { runGuarded } from "./guard-core";

// The matrix's agency dimension (decision 0034): every action as staff of Foreign Affairs, of a
// service provider and of a court. Each row's input acts on records in Phnom Penh (12), which
// none of them may write except where the row says so.
afterAll(() => db.$disconnect());

function allowedFor(row: (typeof MATRIX)[number], actor: AgencyActor) {
  return Boolean(row.agencies?.[actor]) || ROLES.every((r) => row.allowed.includes(r));
}

describe("authorization matrix: every action × every agency actor", () => {
  for (const row of MATRIX) {
    for (const actorName of AGENCY_ACTORS) {
      const allowed = allowedFor(row, actorName);
      it(`${row.name} as ${actorName} staff is ${allowed ? "allowed" : "refused, changing nothing"}`, async () => {
        const actor = await makeAgencyActor(db, actorName);
        const input = await row.input(actor);
        if (row.name === "changePassword") input.confirmPassword = input.newPassword;
        const before = allowed ? null : await fingerprint();
        const result = await row.run(actor, input);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({
            ok: false,
            code: expect.stringMatching(/^(forbidden|not-found)$/),
          });
          expect(await fingerprint()).toEqual(before);
        }
      });
    }
  }
});

/** What the victim form submits for someone rescued abroad (Thailand), with no case. */
const abroadForm = () =>
  victimForm(null, { rescuePlace: "ABROAD", rescueProvinceId: "", rescueCountry: "TH" });

describe("Foreign Affairs staff enter repatriations without access to domestic victims", () => {
  it("create and edit a victim rescued abroad, with no province scope", async () => {
    const mfa = await makeAgencyActor(db, "foreign");
    expect(mfa.nationalScope).toBe(false);
    expect(mfa.provinceIds).toEqual([]);
    const created = await runGuarded(createVictimSpec, mfa, request, abroadForm());
    expect(created).toMatchObject({ ok: true });
    const { id } = (created as { data: { id: string } }).data;
    const edited = await runGuarded(updateVictimSpec, mfa, request, {
      ...abroadForm(),
      id,
      version: "1",
      rescueCountry: "MY",
    });
    expect(edited).toMatchObject({ ok: true });
    const saved = await db.victim.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ rescuedAbroad: true, rescueCountry: "MY", agencyId: 2 });
  });

  it("may not turn a victim rescued abroad into a domestic one", async () => {
    const mfa = await makeAgencyActor(db, "foreign");
    const created = await runGuarded(createVictimSpec, mfa, request, abroadForm());
    const { id } = (created as { data: { id: string } }).data;
    const before = await fingerprint();
    const moved = await runGuarded(updateVictimSpec, mfa, request, {
      ...victimForm(null),
      id,
      version: "1",
    });
    expect(moved).toMatchObject({ ok: false, code: "forbidden" });
    expect(await fingerprint()).toEqual(before);
  });
});
