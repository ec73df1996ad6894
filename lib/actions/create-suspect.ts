"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createSuspectSpec } from "./definitions/suspects";

// No redirect: the case page adds suspects inline and stays where it is.
export const createSuspectAction = guardedAction({
  ...createSuspectSpec,
  onSuccess: ({ caseId }) => ({
    revalidate: ["/suspects", ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
