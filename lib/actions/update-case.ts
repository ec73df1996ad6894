"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateCaseSpec } from "./definitions/cases";

export const updateCaseAction = guardedAction({
  ...updateCaseSpec,
  // No revalidation: the save returns only its new version and changed fields, and the form
  // refreshes the rest of its page in the background (decision 0038). Lists are dynamic pages,
  // rendered afresh on the next visit.
});
