"use server";

import { guardedAction } from "@/lib/auth/guard";
import { changeReferralStatusSpec } from "./definitions/referrals";

export const changeReferralStatusAction = guardedAction({
  ...changeReferralStatusSpec,
  onSuccess: ({ id, victimId }) => ({
    revalidate: ["/referrals", `/referrals/${id}`, `/victims/${victimId}`],
  }),
});
