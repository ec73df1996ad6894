"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createCaseSpec } from "./specs/cases";

export const createCaseAction = guardedAction({
  ...createCaseSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/cases", `/cases/${id}`], redirectTo: `/cases/${id}` }),
});
