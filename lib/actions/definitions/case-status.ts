import type { GuardSpec } from "@/lib/auth/guard-core";
import { changeCaseStatus } from "@/lib/data/case-status";
import { ZChangeCaseStatus } from "@/lib/validation/case-status";

export const changeCaseStatusSpec = {
  permission: "change:case-status",
  schema: ZChangeCaseStatus,
  handler: (input, { user, request }) => changeCaseStatus(user, input, request),
} satisfies GuardSpec<typeof ZChangeCaseStatus, unknown>;
