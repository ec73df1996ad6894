"use server";

import { guardedAction } from "@/lib/auth/guard";
import { restoreVictimSpec } from "./definitions/victims";

export const restoreVictimAction = guardedAction({
  ...restoreVictimSpec,
  onSuccess: ({ id, caseId }) => ({
    revalidate: ["/victims", `/victims/${id}`, ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
