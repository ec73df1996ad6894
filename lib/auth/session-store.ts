import "server-only";
import { db } from "@/lib/db";
import { noteRequestUser } from "@/lib/observability/request-context";
import type { ActingUser } from "./acting-user";
import { judgeSession, SESSION_TOUCH_INTERVAL_MS } from "./session-lifetime";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  agency: { select: { id: true, kind: true } },
  nationalScope: true,
  active: true,
  mustChangePassword: true,
  sessionVersion: true,
  digits: true,
  provinces: { select: { provinceId: true } },
} as const;

/**
 * The user behind a session id, checked on every request: the session must be unexpired, not
 * idle, not revoked, and begun under the user's current session version (bumped on any change
 * to role, scope, password or activation). Returns null otherwise.
 */
export async function resolveSession(
  sessionId: string,
  now = new Date(),
): Promise<ActingUser | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      sessionVersion: true,
      user: { select: userSelect },
    },
  });
  if (!session) return null;
  const verdict = judgeSession(session, session.user, now);
  if (verdict !== "valid") {
    if (!session.revokedAt) {
      await db.session.update({ where: { id: session.id }, data: { revokedAt: now } });
    }
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const u = session.user;
  // The request's log line names the user by id only (lib/server/observe-requests.ts).
  noteRequestUser(u.id);
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    agencyId: u.agency.id,
    agencyKind: u.agency.kind,
    nationalScope: u.nationalScope,
    provinceIds: u.provinces.map((p) => p.provinceId),
    mustChangePassword: u.mustChangePassword,
    sessionId: session.id,
    digits: u.digits,
  };
}

export async function endSession(sessionId: string) {
  await db.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
