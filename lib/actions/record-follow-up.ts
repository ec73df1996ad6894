"use server";

import { guardedAction } from "@/lib/auth/guard";
import { recordFollowUpSpec } from "./definitions/referrals";

export const recordFollowUpAction = guardedAction({
  ...recordFollowUpSpec,
  onSuccess: ({ id, victimId }) => ({
    revalidate: ["/referrals", `/referrals/${id}`, `/victims/${victimId}`],
  }),
});
