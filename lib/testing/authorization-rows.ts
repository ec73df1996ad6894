import type { z } from "zod";
import {
  changePasswordSpec,
  setPreferencesSpec,
  verifyAuditChainSpec,
} from "@/lib/actions/definitions/account";
import {
  createCaseSpec,
  deleteCaseSpec,
  restoreCaseSpec,
  updateCaseSpec,
} from "@/lib/actions/definitions/cases";
import { publishReportSpec } from "@/lib/actions/definitions/reports";
import {
  createSuspectSpec,
  deleteSuspectSpec,
  restoreSuspectSpec,
  updateSuspectSpec,
} from "@/lib/actions/definitions/suspects";
import {
  createUserSpec,
  deactivateUserSpec,
  reactivateUserSpec,
  resetUserPasswordSpec,
  updateUserAccessSpec,
} from "@/lib/actions/definitions/user-admin";
import {
  createVictimSpec,
  deleteVictimSpec,
  restoreVictimSpec,
  updateVictimSpec,
} from "@/lib/actions/definitions/victims";
import type { ActingUser } from "@/lib/auth/acting-user";
import { runGuarded, type ActionResult, type GuardSpec } from "@/lib/auth/guard-core";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { db, request, ROLES } from "./authorization-matrix";
import { REF_ROWS } from "./authorization-rows-ref";
import { uniqueKey } from "./db";
import { caseForm, makeCase, suspectForm, victimForm } from "./people";
import { uniquePublishableYear } from "./publishable-year";
import { makeUser, TEST_PASSWORD } from "./users";
import type { AgencyActor } from "./authorization-agencies";
import { PERM_ROWS } from "./authorization-rows-perm";
import { FLOW_ROWS } from "./authorization-rows-flow";

/** Every guarded action, the roles allowed it, and valid input for it. */
export type Row = {
  name: string;
  /** The spec exported by lib/actions/definitions, to check that every one has a row. */
  spec: object;
  /** Runs the action's spec through the one guard, as its server action does. */
  run: (actor: ActingUser | null, input: Record<string, unknown>) => Promise<ActionResult>;
  allowed: Role[];
  /** Valid input for `actor`; may create the record it acts on. */
  input: (actor: ActingUser) => Promise<Record<string, unknown>>;
  /** Acts on a record in province 12, so staff scoped elsewhere must be refused too. */
  scoped?: true;
  /** Needs national scope (publishing a national report): the actors hold it. */
  national?: true;
  /** The agency actors (lib/testing/authorization-agencies.ts) allowed on this input; the
   * others are refused. Absent: every agency actor is refused, unless every role is allowed. */
  agencies?: Partial<Record<AgencyActor, true>>;
};

/** A row for one spec; the spec's own input and result types stay inside `run`. */
function row<S extends z.ZodType, T>(
  name: string,
  spec: GuardSpec<S, T>,
  rest: Omit<Row, "name" | "spec" | "run">,
): Row {
  return { name, spec, run: (actor, input) => runGuarded(spec, actor, request, input), ...rest };
}

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

/** A case of its own in province 12, live or deleted. */
async function caseIn12(deleted = false) {
  const kase = await db.case.create({
    data: buildCase({
      reference: `TEST-${uniqueKey()}`,
      provinceId: 12,
      deletedAt: deleted ? new Date() : null,
    }),
    select: { id: true, version: true },
  });
  return { id: kase.id, version: String(kase.version) };
}

const ref = ({ id, version }: { id: string; version: string }) => ({ id, version });

export const MATRIX: Row[] = [
  row("createUser", createUserSpec, {
    allowed: ["ADMIN"],
    input: async () => ({
      email: `new-${uniqueKey()}@test.invalid`,
      name: "New Person",
      role: "STAFF",
      provinceIds: ["12"],
      agencyId: "1",
    }),
  }),
  row("updateUserAccess", updateUserAccessSpec, {
    allowed: ["ADMIN"],
    input: async () => ({
      ...(await targetUser()),
      name: "Renamed",
      role: "MANAGER",
      nationalScope: "on",
      agencyId: "1",
    }),
  }),
  row("deactivateUser", deactivateUserSpec, {
    allowed: ["ADMIN"],
    input: targetUser,
  }),
  row("reactivateUser", reactivateUserSpec, {
    allowed: ["ADMIN"],
    input: targetUser,
  }),
  row("resetUserPassword", resetUserPasswordSpec, {
    allowed: ["ADMIN"],
    input: targetUser,
  }),
  row("changePassword", changePasswordSpec, {
    allowed: ROLES,
    input: async () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: `Fresh-Password-${uniqueKey()}`,
      confirmPassword: "",
    }),
  }),
  row("setPreferences", setPreferencesSpec, {
    allowed: ROLES,
    input: async () => ({ digits: "LATIN" }),
  }),
  row("verifyAuditChain", verifyAuditChainSpec, {
    allowed: ["AUDITOR"],
    input: async () => ({}),
  }),
  row("createCase", createCaseSpec, {
    allowed: ["STAFF"],
    input: async () => caseForm(),
    scoped: true,
  }),
  row("updateCase", updateCaseSpec, {
    allowed: ["STAFF"],
    input: async () => ({ ...caseForm(), ...(await caseIn12()) }),
    scoped: true,
  }),
  row("deleteCase", deleteCaseSpec, {
    allowed: ["STAFF"],
    input: async () => caseIn12(),
    scoped: true,
  }),
  row("restoreCase", restoreCaseSpec, {
    allowed: ["STAFF"],
    input: async () => caseIn12(true),
    scoped: true,
  }),
  row("createSuspect", createSuspectSpec, {
    allowed: ["STAFF"],
    input: async () => suspectForm((await makeCase(db, 12)).id),
    scoped: true,
  }),
  row("updateSuspect", updateSuspectSpec, {
    allowed: ["STAFF"],
    input: async () => {
      const { caseId, ...target } = await suspectIn12();
      return { ...suspectForm(caseId), ...target };
    },
    scoped: true,
  }),
  row("deleteSuspect", deleteSuspectSpec, {
    allowed: ["STAFF"],
    input: async () => ref(await suspectIn12()),
    scoped: true,
  }),
  row("restoreSuspect", restoreSuspectSpec, {
    allowed: ["STAFF"],
    input: async () => ref(await suspectIn12(true)),
    scoped: true,
  }),
  row("createVictim", createVictimSpec, {
    allowed: ["STAFF"],
    input: async () => victimForm((await makeCase(db, 12)).id),
    scoped: true,
  }),
  row("updateVictim", updateVictimSpec, {
    allowed: ["STAFF"],
    input: async () => {
      const { caseId, ...target } = await victimIn12();
      return { ...victimForm(caseId), ...target };
    },
    scoped: true,
  }),
  row("deleteVictim", deleteVictimSpec, {
    allowed: ["STAFF"],
    input: async () => ref(await victimIn12()),
    scoped: true,
  }),
  row("restoreVictim", restoreVictimSpec, {
    allowed: ["STAFF"],
    input: async () => ref(await victimIn12(true)),
    scoped: true,
  }),
  row("publishReport", publishReportSpec, {
    allowed: ["MANAGER"],
    input: async () => ({ year: String(await uniquePublishableYear()) }),
    national: true,
  }),
  ...PERM_ROWS,
  ...FLOW_ROWS,
  ...REF_ROWS,
];
