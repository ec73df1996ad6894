import { uniqueKey } from "../db";
import { TEST_PASSWORD } from "../users";
import { DIGITS } from "@/lib/validation/preferences";
import { ROLES } from "@/lib/validation/users";
import { currentRef, resetActive } from "./action-fixtures";
import type { FieldKind } from "./hostile-fields";
import type { Target } from "./record-targets";

// The administrator's, the account's and the report's actions, as ./record-targets.ts does the
// records'.

const id = { kind: "uuid" } as const;
const version = { kind: "version" } as const;

const access: Record<string, FieldKind> = {
  name: { kind: "text", max: 200, required: true },
  role: { kind: "enum", values: ROLES },
  nationalScope: { kind: "checkbox" },
  provinceIds: { kind: "provinceList" },
  agencyUnit: { kind: "text", max: 200, required: false },
  // The secretariat (1) or the Phnom Penh police unit's id would do; an id is a number, like a
  // version, which the fuzz already tries hostile values for.
  agencyId: { kind: "version" },
};
const accessForm = {
  name: "Fuzz Target",
  role: "STAFF",
  provinceIds: ["12"],
  agencyUnit: "",
  agencyId: "1",
};

// A success ends the target's sessions and may rewrite its provinces.
const USER_WRITES = ["app_user", "user_province", "session"];

const userRef = (runs: number, active = true): Target => ({
  actor: (fx) => fx.admin,
  fields: { id, version },
  base: async (fx) => {
    await resetActive(fx.db, fx.targetUser.id, active);
    return currentRef(fx.db, "user", fx.targetUser.id);
  },
  runs,
  writes: USER_WRITES,
});

export const OTHER_TARGETS: Record<string, Target> = {
  createUserSpec: {
    actor: (fx) => fx.admin,
    fields: { email: { kind: "email" }, ...access },
    base: async () => ({ email: `fuzz-${uniqueKey()}@test.invalid`, ...accessForm }),
    runs: 40,
    writes: USER_WRITES,
  },
  updateUserAccessSpec: {
    actor: (fx) => fx.admin,
    fields: { id, version, ...access },
    base: async (fx) => {
      await resetActive(fx.db, fx.targetUser.id, true);
      return { ...(await currentRef(fx.db, "user", fx.targetUser.id)), ...accessForm };
    },
    runs: 40,
    writes: USER_WRITES,
  },
  deactivateUserSpec: userRef(20),
  reactivateUserSpec: userRef(20, false),
  // Each accepted reset hashes a new password: kept few.
  resetUserPasswordSpec: userRef(20),
  changePasswordSpec: {
    actor: (fx) => fx.passwordChanger,
    fields: {
      currentPassword: { kind: "password" },
      newPassword: { kind: "password" },
      confirmPassword: { kind: "password" },
    },
    // Whichever one field is hostile, the three no longer agree: every input is refused, and
    // the account keeps TEST_PASSWORD for the next run.
    base: async () => {
      const fresh = `Fresh-Password-${uniqueKey()}`;
      return { currentPassword: TEST_PASSWORD, newPassword: fresh, confirmPassword: fresh };
    },
    runs: 30,
    writes: ["app_user", "session"],
    baseline: false,
  },
  // The opposite of what the auditor has now, so an accepted input is a change with its audit row.
  setPreferencesSpec: {
    actor: (fx) => fx.auditor,
    fields: { digits: { kind: "enum", values: DIGITS } },
    base: async (fx) => {
      const { digits } = await fx.db.user.findUniqueOrThrow({
        where: { id: fx.auditor.id },
        select: { digits: true },
      });
      return { digits: digits === "KHMER" ? "LATIN" : "KHMER" };
    },
    runs: 20,
    writes: ["app_user"],
  },
  // Each run re-hashes the whole audit trail: a few runs, of input shapes only.
  verifyAuditChainSpec: {
    actor: (fx) => fx.auditor,
    fields: {},
    base: async () => ({}),
    runs: 10,
    writes: [],
    audit: 0,
  },
  publishReportSpec: {
    actor: (fx) => fx.manager,
    fields: { year: { kind: "year" }, note: { kind: "text", max: 500, required: false } },
    base: async (fx) => ({ year: String(fx.publishYear), note: "" }),
    runs: 30,
    writes: ["report_snapshot"],
  },
};
