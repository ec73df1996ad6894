import type { GuardSpec } from "@/lib/auth/guard-core";
import {
  changeReferralStatus,
  createReferral,
  recordFollowUp,
} from "@/lib/data/referral-mutations";
import {
  ZChangeReferralStatus,
  ZCreateReferral,
  ZRecordFollowUp,
} from "@/lib/validation/referrals";

export const createReferralSpec = {
  permission: "write:referral",
  schema: ZCreateReferral,
  handler: (input, { user, request }) => createReferral(user, input, request),
} satisfies GuardSpec<typeof ZCreateReferral, unknown>;

export const changeReferralStatusSpec = {
  permission: "write:referral",
  schema: ZChangeReferralStatus,
  handler: (input, { user, request }) => changeReferralStatus(user, input, request),
} satisfies GuardSpec<typeof ZChangeReferralStatus, unknown>;

export const recordFollowUpSpec = {
  permission: "write:referral",
  schema: ZRecordFollowUp,
  handler: (input, { user, request }) => recordFollowUp(user, input, request),
} satisfies GuardSpec<typeof ZRecordFollowUp, unknown>;
