// How long a session lives: a working day at most, and 30 minutes without a request.
export const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
// lastSeenAt is written at most this often, so a busy page does not write on every request.
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionState = {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  sessionVersion: number;
};

export type SessionVerdict =
  "valid" | "expired" | "idle" | "revoked" | "access-changed" | "inactive";

/** Pure: whether a stored session may still be used by this user now. */
export function judgeSession(
  session: SessionState,
  user: { active: boolean; sessionVersion: number },
  now: Date,
): SessionVerdict {
  if (session.revokedAt) return "revoked";
  if (!user.active) return "inactive";
  if (session.sessionVersion !== user.sessionVersion) return "access-changed";
  if (now >= session.expiresAt) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return "idle";
  return "valid";
}
