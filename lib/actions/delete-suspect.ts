"use server";

import { guardedAction } from "@/lib/auth/guard";
import { deleteSuspectSpec } from "./specs/suspects";

export const deleteSuspectAction = guardedAction({
  ...deleteSuspectSpec,
  onSuccess: ({ caseId }) => ({
    revalidate: ["/suspects", ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
