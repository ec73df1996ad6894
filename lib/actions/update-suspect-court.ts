"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateSuspectCourtSpec } from "./definitions/suspects";

export const updateSuspectCourtAction = guardedAction({
  ...updateSuspectCourtSpec,
  onSuccess: ({ id, caseId }) => ({
    revalidate: ["/suspects", `/suspects/${id}`, ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
