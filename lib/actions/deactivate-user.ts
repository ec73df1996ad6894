"use server";

import { guardedAction } from "@/lib/auth/guard";
import { deactivateUserSpec } from "./definitions/user-admin";

export const deactivateUserAction = guardedAction({
  ...deactivateUserSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/admin/users", `/admin/users/${id}`] }),
});
