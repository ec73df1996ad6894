import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { numeralsFor, type Numerals } from "@/lib/i18n/numerals";
import { getUiLocale } from "@/lib/i18n/server";
import { can, type ActingUser } from "./acting-user";
import { auth } from "./config";
import type { Permission } from "./permissions";
import { resolveSession } from "./session-store";

/** The signed-in user for this request, or null. Checked against the database once per request. */
export const getActingUser = cache(async (): Promise<ActingUser | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  return resolveSession(session.sessionId);
});

/**
 * For pages: the signed-in user, who must hold `permission`. Signed-out users go to sign-in,
 * users who must change their password go there first, and anyone else is refused (403).
 */
export async function requireUser(permission?: Permission): Promise<ActingUser> {
  const user = await getActingUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword) redirect("/change-password");
  if (permission && !can(user, permission)) forbidden();
  return user;
}

/** The digits this request's pages write numbers and dates with: Latin in English; in Khmer, the
 * user's choice, Khmer unless they chose Latin (decision 0028). */
export const getUiNumerals = cache(async (): Promise<Numerals> => {
  const [locale, user] = await Promise.all([getUiLocale(), getActingUser()]);
  return numeralsFor(locale, user?.digits);
});
