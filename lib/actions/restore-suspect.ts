"use server";

import { guardedAction } from "@/lib/auth/guard";
import { restoreSuspectSpec } from "./definitions/suspects";

export const restoreSuspectAction = guardedAction({
  ...restoreSuspectSpec,
  onSuccess: ({ caseId }) => ({
    revalidate: ["/suspects", ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
