"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateSuspectSpec } from "./definitions/suspects";

export const updateSuspectAction = guardedAction({
  ...updateSuspectSpec,
  onSuccess: ({ caseId }) => ({
    revalidate: ["/suspects", ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
