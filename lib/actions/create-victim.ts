"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createVictimSpec } from "./definitions/victims";

// A victim added on a case page stays there (added inline); one with no case, e.g. rescued
// abroad, has no page to return to but its own.
export const createVictimAction = guardedAction({
  ...createVictimSpec,
  onSuccess: ({ id, caseId }) =>
    caseId
      ? { revalidate: ["/victims", `/cases/${caseId}`] }
      : { revalidate: ["/victims"], redirectTo: `/victims/${id}` },
});
