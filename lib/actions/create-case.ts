"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createCaseSpec } from "./definitions/cases";

export const createCaseAction = guardedAction({
  ...createCaseSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/cases", `/cases/${id}`], redirectTo: `/cases/${id}` }),
});
