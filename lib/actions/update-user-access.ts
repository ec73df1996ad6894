"use server";

import { guardedAction } from "@/lib/auth/guard";
import { updateUserAccessSpec } from "./definitions/user-admin";

export const updateUserAccessAction = guardedAction({
  ...updateUserAccessSpec,
  onSuccess: ({ id }) => ({ revalidate: ["/admin/users", `/admin/users/${id}`] }),
});
