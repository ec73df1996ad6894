import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changePasswordSpec, verifyAuditChainSpec } from "@/lib/actions/specs/account";
import {
  createUserSpec,
  deactivateUserSpec,
  reactivateUserSpec,
  resetUserPasswordSpec,
  updateUserAccessSpec,
} from "@/lib/actions/specs/user-admin";
import type { Role } from "@/lib/generated/prisma/enums";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/users";
import type { ActingUser } from "./acting-user";
import { runGuarded, type GuardSpec } from "./guard-core";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "198.51.100.7", userAgent: "vitest" };
const ROLES: Role[] = ["STAFF", "MANAGER", "AUDITOR", "ADMIN"];

type Row = {
  name: string;
  spec: GuardSpec<never, unknown>;
  allowed: Role[];
  /** Valid input for `actor`; may create the record it acts on. */
  input: (actor: ActingUser) => Promise<Record<string, unknown>>;
};

async function targetUser() {
  const u = await makeUser(db, "STAFF", { provinceIds: [12] });
  return { id: u.id, version: "1" };
}

const MATRIX: Row[] = [
  {
    name: "createUser",
    spec: createUserSpec as unknown as Row["spec"],
    allowed: ["ADMIN"],
    input: async () => ({
      email: `new-${uniqueKey()}@test.invalid`,
      name: "New Person",
      role: "STAFF",
      provinceIds: ["12"],
    }),
  },
  {
    name: "updateUserAccess",
    spec: updateUserAccessSpec as unknown as Row["spec"],
    allowed: ["ADMIN"],
    input: async () => ({
      ...(await targetUser()),
      name: "Renamed",
      role: "MANAGER",
      nationalScope: "on",
    }),
  },
  {
    name: "deactivateUser",
    spec: deactivateUserSpec as unknown as Row["spec"],
    allowed: ["ADMIN"],
    input: targetUser,
  },
  {
    name: "reactivateUser",
    spec: reactivateUserSpec as unknown as Row["spec"],
    allowed: ["ADMIN"],
    input: targetUser,
  },
  {
    name: "resetUserPassword",
    spec: resetUserPasswordSpec as unknown as Row["spec"],
    allowed: ["ADMIN"],
    input: targetUser,
  },
  {
    name: "changePassword",
    spec: changePasswordSpec as unknown as Row["spec"],
    allowed: ROLES,
    input: async () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: `Fresh-Password-${uniqueKey()}`,
      confirmPassword: "",
    }),
  },
  {
    name: "verifyAuditChain",
    spec: verifyAuditChainSpec as unknown as Row["spec"],
    allowed: ["AUDITOR"],
    input: async () => ({}),
  },
];

// Everything a denied call could have touched.
async function fingerprint() {
  const [users, audit, sessions, links] = await Promise.all([
    db.user.findMany({ select: { id: true, version: true, sessionVersion: true, active: true } }),
    db.auditEvent.count(),
    db.session.count(),
    db.userProvince.count(),
  ]);
  return { users, audit, sessions, links };
}

describe("authorization matrix: every action × every role", () => {
  for (const row of MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.name} as ${role} is ${allowed ? "allowed" : "refused, changing nothing"}`, async () => {
        const actor = await makeUser(db, role, { provinceIds: [12] });
        const input = await row.input(actor);
        if (row.name === "changePassword") input.confirmPassword = input.newPassword;
        const before = allowed ? null : await fingerprint();
        const result = await runGuarded(row.spec, actor, request, input);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, code: "forbidden" });
          expect(await fingerprint()).toEqual(before);
        }
      });
    }

    it(`${row.name} signed out is refused, changing nothing`, async () => {
      const input = await row.input(await makeUser(db, "ADMIN"));
      const before = await fingerprint();
      expect(await runGuarded(row.spec, null, request, input)).toMatchObject({
        ok: false,
        code: "unauthenticated",
      });
      expect(await fingerprint()).toEqual(before);
    });
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

describe("there is only one way to write a server action", () => {
  // Sign-in (no user yet), sign-out (the session may already be gone) and the language switch
  // (a cookie, no data) are the only actions outside guardedAction.
  const UNGUARDED = new Set(["sign-in.ts", "sign-out.ts", "set-locale.ts"]);
  const dir = path.resolve("lib/actions");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.includes(".test."));

  it.each(files)("%s", (file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    expect(source.startsWith('"use server";')).toBe(true);
    if (!UNGUARDED.has(file)) expect(source).toMatch(/= guardedAction\(/);
  });
});
