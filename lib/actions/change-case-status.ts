"use server";

import { guardedAction } from "@/lib/auth/guard";
import { changeCaseStatusSpec } from "./definitions/case-status";

export const changeCaseStatusAction = guardedAction({
  ...changeCaseStatusSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/cases", `/cases/${id}`] }),
});
