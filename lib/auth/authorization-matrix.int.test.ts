import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changePasswordSpec, verifyAuditChainSpec } from "@/lib/actions/specs/account";
import { publishReportSpec } from "@/lib/actions/specs/reports";
import {
  createSuspectSpec,
  deleteSuspectSpec,
  restoreSuspectSpec,
  updateSuspectSpec,
} from "@/lib/actions/specs/suspects";
import {
  createUserSpec,
  deactivateUserSpec,
  reactivateUserSpec,
  resetUserPasswordSpec,
  updateUserAccessSpec,
} from "@/lib/actions/specs/user-admin";
import {
  createVictimSpec,
  deleteVictimSpec,
  restoreVictimSpec,
  updateVictimSpec,
} from "@/lib/actions/specs/victims";
import type { Role } from "@/lib/generated/prisma/enums";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeCase, suspectForm, victimForm } from "@/lib/testing/people";
import { uniquePublishableYear } from "@/lib/testing/report-years";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/users";
import { buildSuspect, buildVictim } from "@/prisma/factories";
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
  /** Acts on a record in province 12, so staff scoped elsewhere must be refused too. */
  scoped?: true;
  /** Needs national scope (publishing a national report): the actors hold it. */
  national?: true;
};

async function targetUser() {
  const u = await makeUser(db, "STAFF", { provinceIds: [12] });
  return { id: u.id, version: "1" };
}

/** A suspect of its own in a new case in province 12, made with the factories. */
async function suspectIn12(deleted = false) {
  const kase = await makeCase(db, 12);
  const suspect = await db.suspect.create({
    data: buildSuspect({ caseId: kase.id, deletedAt: deleted ? new Date() : null }),
  });
  return { caseId: kase.id, id: suspect.id, version: "1" };
}

/** A victim of its own, rescued in province 12 in a new case there. */
async function victimIn12(deleted = false) {
  const kase = await makeCase(db, 12);
  const victim = await db.victim.create({
    data: buildVictim({
      caseId: kase.id,
      rescueProvinceId: 12,
      deletedAt: deleted ? new Date() : null,
    }),
  });
  return { caseId: kase.id, id: victim.id, version: "1" };
}

const ref = ({ id, version }: { id: string; version: string }) => ({ id, version });

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
  {
    name: "createSuspect",
    spec: createSuspectSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => suspectForm((await makeCase(db, 12)).id),
    scoped: true,
  },
  {
    name: "updateSuspect",
    spec: updateSuspectSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => {
      const { caseId, ...target } = await suspectIn12();
      return { ...suspectForm(caseId), ...target };
    },
    scoped: true,
  },
  {
    name: "deleteSuspect",
    spec: deleteSuspectSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => ref(await suspectIn12()),
    scoped: true,
  },
  {
    name: "restoreSuspect",
    spec: restoreSuspectSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => ref(await suspectIn12(true)),
    scoped: true,
  },
  {
    name: "createVictim",
    spec: createVictimSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => victimForm((await makeCase(db, 12)).id),
    scoped: true,
  },
  {
    name: "updateVictim",
    spec: updateVictimSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => {
      const { caseId, ...target } = await victimIn12();
      return { ...victimForm(caseId), ...target };
    },
    scoped: true,
  },
  {
    name: "deleteVictim",
    spec: deleteVictimSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => ref(await victimIn12()),
    scoped: true,
  },
  {
    name: "restoreVictim",
    spec: restoreVictimSpec as unknown as Row["spec"],
    allowed: ["STAFF"],
    input: async () => ref(await victimIn12(true)),
    scoped: true,
  },
  {
    name: "publishReport",
    spec: publishReportSpec as unknown as Row["spec"],
    allowed: ["MANAGER"],
    input: async () => ({ year: String(await uniquePublishableYear()) }),
    national: true,
  },
];

// Everything a denied call could have touched.
const RECORD_STATE = { id: true, version: true, deletedAt: true } as const;

async function fingerprint() {
  const [users, audit, sessions, links, cases, suspects, victims, snapshots] = await Promise.all([
    db.user.findMany({ select: { id: true, version: true, sessionVersion: true, active: true } }),
    db.auditEvent.count(),
    db.session.count(),
    db.userProvince.count(),
    db.case.findMany({ select: RECORD_STATE, orderBy: { id: "asc" } }),
    db.suspect.findMany({ select: RECORD_STATE, orderBy: { id: "asc" } }),
    db.victim.findMany({ select: RECORD_STATE, orderBy: { id: "asc" } }),
    db.reportSnapshot.count(),
  ]);
  return { users, audit, sessions, links, cases, suspects, victims, snapshots };
}

describe("authorization matrix: every action × every role", () => {
  for (const row of MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.name} as ${role} is ${allowed ? "allowed" : "refused, changing nothing"}`, async () => {
        const actor = await makeUser(
          db,
          role,
          row.national ? { nationalScope: true } : { provinceIds: [12] },
        );
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

  // The permission table lets staff write records; their scope limits which. Staff of province
  // 17 reach the lib/data scope check with valid input and are refused there.
  for (const row of MATRIX.filter((r) => r.scoped)) {
    it(`${row.name} on a record in province 12 by STAFF of province 17 is refused`, async () => {
      const actor = await makeUser(db, "STAFF", { provinceIds: [17] });
      const input = await row.input(actor);
      const before = await fingerprint();
      const result = await runGuarded(row.spec, actor, request, input);
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
        expect(await runGuarded(row.spec, actor, request, input)).toMatchObject({
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
