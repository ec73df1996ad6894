"use server";

import { guardedAction } from "@/lib/auth/guard";
import { resetUserPasswordSpec } from "./definitions/user-admin";

export const resetUserPasswordAction = guardedAction({
  ...resetUserPasswordSpec,
  onSuccess: ({ id }) => ({ revalidate: [`/admin/users/${id}`] }),
});
