import "server-only";
import { createHash } from "node:crypto";
import type { AuditLog } from "@/lib/audit/audited-transaction";
import type { RequestContext } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { normaliseIp } from "@/lib/server/client-address";
import { dummyPasswordHash, verifyPassword } from "./passwords";
import {
  admitSignInAttempt,
  runSignInTransaction,
  settleSignInAttempt,
  type TSignInKeys,
  type TStartedLock,
} from "./rate-limit";
import { SESSION_MAX_AGE_MS } from "./session-lifetime";

export type SignInFailure = "unknown-account" | "wrong-password" | "inactive";

// RFC 5321's longest address. Anything longer, or not shaped like an address (a password typed
// into the wrong box, say), is not stored: the attempt is keyed and audited by a digest of it.
const MAX_EMAIL_CHARS = 254;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
const MAX_USER_AGENT_CHARS = 500;

/** Pure: the typed email as stored and audited, or null when it must not be. */
export function storableEmail(email: string): string | null {
  return email.length <= MAX_EMAIL_CHARS && EMAIL_SHAPE.test(email) ? email : null;
}

function digestOf(text: string): string {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

type FoundUser = {
  id: string;
  email: string;
  passwordHash: string;
  active: boolean;
  sessionVersion: number;
};

function auditFailure(
  audit: AuditLog,
  user: FoundUser | null,
  email: string | null,
  failure: SignInFailure,
  started: TStartedLock[],
  request: RequestContext,
) {
  const base = { actor: null, entityType: "user" as const, entityId: user?.id ?? null, request };
  audit.record({
    ...base,
    action: "user.sign_in_failed",
    details: { email, reason: failure },
  });
  // Only a lock's start is audited; the attempts it refuses are counted in sign_in_lock.
  for (const lock of started) {
    audit.record({
      ...base,
      entityId: lock.kind === "account" ? (user?.id ?? null) : null,
      action: "user.sign_in_locked",
      details: { email: lock.kind === "account" ? email : null, lock: lock.kind, ...lock },
    });
  }
}

/**
 * Checks a sign-in and, when it succeeds, opens a session. The rate limits admit or refuse the
 * attempt before its password is checked; a refused attempt writes no audit row. Every checked
 * attempt is audited with its outcome. The caller shows one generic message for every failure,
 * so nobody can learn which accounts exist or are locked.
 */
export async function authenticate(
  rawEmail: string,
  password: string,
  rawRequest: RequestContext,
  now = new Date(),
): Promise<{ sessionId: string; userId: string } | null> {
  const typed = rawEmail.trim().toLowerCase();
  const email = storableEmail(typed);
  const request: RequestContext = {
    ip: normaliseIp(rawRequest.ip),
    userAgent: rawRequest.userAgent?.slice(0, MAX_USER_AGENT_CHARS) ?? null,
  };
  const keys: TSignInKeys = { email: email ?? digestOf(typed), ip: request.ip };
  const admitted = await admitSignInAttempt(keys, now);
  if (!admitted) return null;

  const user: FoundUser | null = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, passwordHash: true, active: true, sessionVersion: true },
      })
    : null;
  let failure: SignInFailure | null = null;
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    failure = "unknown-account";
  } else if (!(await verifyPassword(user.passwordHash, password))) failure = "wrong-password";
  else if (!user.active) failure = "inactive";

  if (failure || !user) {
    await runSignInTransaction(async (tx, audit) => {
      const started = await settleSignInAttempt(tx, keys, admitted.attemptId, false, now);
      auditFailure(audit, user, email, failure ?? "unknown-account", started, request);
    });
    return null;
  }
  return openSession(user, keys, admitted.attemptId, request, now);
}

async function openSession(
  user: FoundUser,
  keys: TSignInKeys,
  attemptId: bigint,
  request: RequestContext,
  now: Date,
) {
  const session = await runSignInTransaction(async (tx, audit) => {
    await settleSignInAttempt(tx, keys, attemptId, true, now);
    const created = await tx.session.create({
      data: {
        userId: user.id,
        // Read before the password was checked: a change since then ends this session at once.
        sessionVersion: user.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS),
        ip: request.ip,
        userAgent: request.userAgent,
      },
      select: { id: true },
    });
    audit.record({
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
