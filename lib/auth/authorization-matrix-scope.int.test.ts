import { afterAll, describe, expect, it } from "vitest";
import { createUserSpec } from "@/lib/actions/definitions/user-admin";
import { db, fingerprint, request } from "@/lib/testing/authorization-matrix";
import { MATRIX } from "@/lib/testing/authorization-rows";
import { makeUser } from "@/lib/testing/users";
import { runGuarded } from "./guard-core";

// The matrix's scope rows: province and national scope, and a password that must change first.
afterAll(() => db.$disconnect());

describe("authorization matrix: every action × every role", () => {
  // The permission table lets staff write records; their scope limits which. Staff of province
  // 17 reach the lib/data scope check with valid input and are refused there.
  for (const row of MATRIX.filter((r) => r.scoped)) {
    it(`${row.name} on a record in province 12 by STAFF of province 17 is refused`, async () => {
      const actor = await makeUser(db, "STAFF", { provinceIds: [17] });
      const input = await row.input(actor);
      const before = await fingerprint();
      const result = await row.run(actor, input);
      expect(result).toMatchObject({
        ok: false,
        code: expect.stringMatching(/^(forbidden|not-found)$/),
      });
      expect(await fingerprint()).toEqual(before);
    });
  }

  // A published report is national: a role allowed to publish is refused when province-scoped.
  for (const row of MATRIX.filter((r) => r.national)) {
    for (const role of row.allowed) {
      it(`${row.name} as ${role} scoped to province 12 is refused, changing nothing`, async () => {
        const actor = await makeUser(db, role, { provinceIds: [12] });
        const input = await row.input(actor);
        const before = await fingerprint();
        expect(await row.run(actor, input)).toMatchObject({
          ok: false,
          code: "forbidden",
        });
        expect(await fingerprint()).toEqual(before);
      });
    }
  }

  it("a user who must change their password may do nothing else", async () => {
    const admin = { ...(await makeUser(db, "ADMIN")), mustChangePassword: true };
    const input = await MATRIX[0]!.input(admin);
    const before = await fingerprint();
    expect(await runGuarded(createUserSpec, admin, request, input)).toMatchObject({
      ok: false,
      code: "forbidden",
      messageKey: "mustChangePassword",
    });
    expect(await fingerprint()).toEqual(before);
  });
});
