import "server-only";
import { recordAudit, type RequestContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import { isSignInBlocked, recordSignInAttempt } from "./rate-limit";
import { SESSION_MAX_AGE_MS } from "./session-policy";

export type SignInFailure = "locked" | "unknown-account" | "wrong-password" | "inactive";

/**
 * Checks a sign-in and, when it succeeds, opens a session. Every outcome is recorded as a sign-in
 * attempt (for the rate limits) and in the audit trail; the caller shows one generic message for
 * every failure, so nobody can learn which accounts exist or are locked.
 */
export async function authenticate(
  rawEmail: string,
  password: string,
  request: RequestContext,
  now = new Date(),
): Promise<{ sessionId: string; userId: string } | null> {
  const email = rawEmail.trim().toLowerCase();
  const ip = request.ip ?? "unknown";
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, active: true, sessionVersion: true },
  });

  let failure: SignInFailure | null = null;
  if (await isSignInBlocked(email, ip, now)) failure = "locked";
  else if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    failure = "unknown-account";
  } else if (!(await verifyPassword(user.passwordHash, password))) failure = "wrong-password";
  else if (!user.active) failure = "inactive";

  if (failure || !user) {
    await recordSignInAttempt(email, ip, false, now);
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "user.sign_in_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        details: { email, reason: failure },
        request,
      }),
    );
    return null;
  }

  await recordSignInAttempt(email, ip, true, now);
  const session = await db.$transaction(async (tx) => {
    const created = await tx.session.create({
      data: {
        userId: user.id,
        sessionVersion: user.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS),
        ip: request.ip,
        userAgent: request.userAgent?.slice(0, 500),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "user.signed_in",
      entityType: "user",
      entityId: user.id,
      details: { sessionId: created.id },
      request,
    });
    return created;
  });
  return { sessionId: session.id, userId: user.id };
}
