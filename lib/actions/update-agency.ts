"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateAgencySpec } from "./definitions/agencies";

export const updateAgencyAction = guardedAction({
  ...updateAgencySpec,
  onSuccess: ({ id }) => ({ revalidate: ["/admin/agencies", `/admin/agencies/${id}`] }),
});
