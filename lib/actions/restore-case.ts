"use server";

import { guardedAction } from "@/lib/auth/guard";
import { restoreCaseSpec } from "./definitions/cases";

export const restoreCaseAction = guardedAction({
  ...restoreCaseSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/cases", `/cases/${id}`] }),
});
