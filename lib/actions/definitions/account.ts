import { z } from "zod";
import { verifyAuditChain } from "@/lib/audit/verify";
import type { GuardSpec } from "@/lib/auth/guard-core";
import { db } from "@/lib/db";
import { changeOwnPassword, setOwnPreferences } from "@/lib/data/account";
import { ZChangePassword } from "@/lib/validation/auth";
import { ZSetPreferences } from "@/lib/validation/preferences";

export const changePasswordSpec = {
  // Any signed-in user, including one who must change their password before anything else.
  permission: "signed-in",
  schema: ZChangePassword,
  handler: (input, { user, request }) => changeOwnPassword(user, input, request),
} satisfies GuardSpec<typeof ZChangePassword, unknown>;

// Any signed-in user, for themself only: the schema takes no user id (decision 0028).
export const setPreferencesSpec = {
  permission: "signed-in",
  schema: ZSetPreferences,
  handler: (input, { user, request }) => setOwnPreferences(user, input, request),
} satisfies GuardSpec<typeof ZSetPreferences, unknown>;

const ZNoInput = z.object({});

// The whole chain, whatever the auditor's scope: a break anywhere matters to everyone.
export const verifyAuditChainSpec = {
  permission: "read:audit",
  schema: ZNoInput,
  handler: async () => {
    const report = await verifyAuditChain(db);
    return {
      ok: report.ok,
      checked: report.checked,
      brokenId: report.firstBreak ? String(report.firstBreak.id) : null,
      brokenAction: report.firstBreak?.action ?? null,
      reason: report.firstBreak?.reason ?? null,
    };
  },
} satisfies GuardSpec<typeof ZNoInput, unknown>;
