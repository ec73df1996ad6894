import { describe, expect, it } from "vitest";
import { judgeSession, SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from "./session-lifetime";

const start = new Date("2026-03-02T01:00:00Z");
const session = {
  createdAt: start,
  lastSeenAt: start,
  expiresAt: new Date(start.getTime() + SESSION_MAX_AGE_MS),
  revokedAt: null,
  sessionVersion: 3,
};
const user = { active: true, sessionVersion: 3 };
const at = (ms: number) => new Date(start.getTime() + ms);

describe("judgeSession", () => {
  it("accepts a fresh session", () => expect(judgeSession(session, user, at(1000))).toBe("valid"));

  it("ends after 30 idle minutes, not before", () => {
    expect(judgeSession(session, user, at(SESSION_IDLE_MS))).toBe("valid");
    expect(judgeSession(session, user, at(SESSION_IDLE_MS + 1))).toBe("idle");
  });

  it("ends after a working day even when active", () => {
    const active = { ...session, lastSeenAt: at(SESSION_MAX_AGE_MS - 1000) };
    expect(judgeSession(active, user, at(SESSION_MAX_AGE_MS - 1))).toBe("valid");
    expect(judgeSession(active, user, at(SESSION_MAX_AGE_MS))).toBe("expired");
  });

  it("ends on deactivation, on any access change, and on sign-out", () => {
    expect(judgeSession(session, { ...user, active: false }, at(1))).toBe("inactive");
    expect(judgeSession(session, { ...user, sessionVersion: 4 }, at(1))).toBe("access-changed");
    expect(judgeSession({ ...session, revokedAt: at(0) }, user, at(1))).toBe("revoked");
  });
});
