import "server-only";
import { db } from "@/lib/db";
import {
  ACCOUNT_FAILURE_THRESHOLD,
  IP_FAILURE_THRESHOLD,
  isLockedOut,
  RATE_LIMIT_WINDOW_MS,
} from "./rate-limit-policy";

type Failures = { failures: bigint; last: Date | null };

// Counted in PostgreSQL, so the limits hold across every app instance. For an account, only
// failures since its last successful sign-in count.
export async function isSignInBlocked(
  email: string,
  ip: string,
  now = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
  const [account] = await db.$queryRaw<Failures[]>`
    SELECT count(*) AS failures, max(attempted_at) AS last
      FROM sign_in_attempt
     WHERE email = ${email} AND NOT success AND attempted_at > ${since}
       AND attempted_at > coalesce((SELECT max(attempted_at) FROM sign_in_attempt
                                     WHERE email = ${email} AND success), '-infinity')`;
  const [byIp] = await db.$queryRaw<Failures[]>`
    SELECT count(*) AS failures, max(attempted_at) AS last
      FROM sign_in_attempt WHERE ip = ${ip} AND NOT success AND attempted_at > ${since}`;
  return (
    isLockedOut(
      Number(account?.failures ?? 0),
      account?.last ?? null,
      ACCOUNT_FAILURE_THRESHOLD,
      now,
    ) || isLockedOut(Number(byIp?.failures ?? 0), byIp?.last ?? null, IP_FAILURE_THRESHOLD, now)
  );
}

export async function recordSignInAttempt(
  email: string,
  ip: string,
  success: boolean,
  now = new Date(),
) {
  await db.signInAttempt.create({ data: { email, ip, success, attemptedAt: now } });
}
