"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createAgencySpec } from "./definitions/agencies";

export const createAgencyAction = guardedAction({
  ...createAgencySpec,
  onSuccess: ({ id }) => ({ revalidate: ["/admin/agencies"], redirectTo: `/admin/agencies/${id}` }),
});
