"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import type { ActionResult } from "@/lib/auth/guard-core";
import { ZSignIn } from "@/lib/validation/auth";
import { fieldErrorsOf, validationErrorMap } from "@/lib/validation/error-map";

// The one action outside guardedAction: there is no user yet. Auth.js's authorize() does the
// checking (lib/auth/sign-in.ts), with rate limits and an audit event for every attempt.
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signInAction(
  _previous: ActionResult<null> | undefined,
  formData: FormData,
): Promise<ActionResult<null>> {
  const parsed = ZSignIn.safeParse(
    { email: formData.get("email"), password: formData.get("password") },
    { error: validationErrorMap },
  );
  if (!parsed.success) {
    // Through the one error map: a 400-character email reads "at most 320 characters", in the
    // reader's language, not zod's English.
    const fieldErrors = fieldErrorsOf(parsed.error);
    return {
      ok: false,
      code: "invalid",
      messageKey: "invalid",
      fieldErrors,
      values: { email: formData.get("email") },
    };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNext(formData.get("next")) });
  } catch (err) {
    // One message for every failure: wrong password, unknown account, locked, deactivated.
    if (err instanceof AuthError)
      return { ok: false, code: "unauthenticated", messageKey: "signInFailed" };
    throw err;
  }
  return { ok: true, data: null };
}
