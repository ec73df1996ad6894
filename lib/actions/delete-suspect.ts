"use server";

import { guardedAction } from "@/lib/auth/guard";
import { deleteSuspectSpec } from "./definitions/suspects";

export const deleteSuspectAction = guardedAction({
  ...deleteSuspectSpec,
  onSuccess: ({ caseId }) => ({
    revalidate: ["/suspects", ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
