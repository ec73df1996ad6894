"use server";

import { guardedAction } from "@/lib/auth/guard";
import { deleteCaseSpec } from "./definitions/cases";

export const deleteCaseAction = guardedAction({
  ...deleteCaseSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/cases", `/cases/${id}`] }),
});
