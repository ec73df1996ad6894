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
import type { ActingUser } from "@/lib/auth/acting-user";
import type { GuardSpec } from "@/lib/auth/guard-core";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildSuspect, buildVictim } from "@/prisma/factories";
import { db, ROLES } from "./authorization-matrix";
import { uniqueKey } from "./db";
import { makeCase, suspectForm, victimForm } from "./people";
import { uniquePublishableYear } from "./report-years";
import { makeUser, TEST_PASSWORD } from "./users";

/** Every guarded action, the roles allowed it, and valid input for it. */
export type Row = {
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

export const MATRIX: Row[] = [
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
