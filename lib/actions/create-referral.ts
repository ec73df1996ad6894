"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createReferralSpec } from "./definitions/referrals";

export const createReferralAction = guardedAction({
  ...createReferralSpec,
  onSuccess: ({ id, victimId }) => ({
    revalidate: ["/referrals", `/victims/${victimId}`],
    redirectTo: `/referrals/${id}`,
  }),
});
