"use server";

import { guardedAction } from "@/lib/auth/guard";
import { createUserSpec } from "./definitions/user-admin";

// Returns the temporary password once, for the administrator to hand over; it is never stored.
export const createUserAction = guardedAction({
  ...createUserSpec,
  onSuccess: () => ({ revalidate: ["/admin/users"] }),
});
