"use server";

import { guardedAction } from "@/lib/auth/guard";
import { reactivateUserSpec } from "./definitions/user-admin";

export const reactivateUserAction = guardedAction({
  ...reactivateUserSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/admin/users", `/admin/users/${id}`] }),
});
