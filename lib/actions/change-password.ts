"use server";

import { guardedAction } from "@/lib/auth/guard";
import { changePasswordSpec } from "./definitions/account";

export const changePasswordAction = guardedAction({
  ...changePasswordSpec,
  onSuccess: () => ({ revalidate: ["/"], redirectTo: "/" }),
});
