"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateVictimSpec } from "./definitions/victims";

export const updateVictimAction = guardedAction({
  ...updateVictimSpec,
  onSuccess: ({ id, caseId }) => ({
    revalidate: ["/victims", `/victims/${id}`, ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
