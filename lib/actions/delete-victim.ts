"use server";

import { guardedAction } from "@/lib/auth/guard";
import { deleteVictimSpec } from "./definitions/victims";

export const deleteVictimAction = guardedAction({
  ...deleteVictimSpec,
  onSuccess: ({ id, caseId }) => ({
    revalidate: ["/victims", `/victims/${id}`, ...(caseId ? [`/cases/${caseId}`] : [])],
  }),
});
