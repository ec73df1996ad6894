"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import type { ActionResult } from "@/lib/auth/guard-core";
import { ZSignIn } from "@/lib/validation/auth";

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
  const parsed = ZSignIn.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
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
