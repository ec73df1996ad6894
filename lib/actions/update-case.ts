"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateCaseSpec } from "./definitions/cases";

export const updateCaseAction = guardedAction({
  ...updateCaseSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/cases", `/cases/${id}`] }),
});
