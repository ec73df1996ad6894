import type { Role } from "@/lib/generated/prisma/enums";
import { testDb } from "./db";

// Shared by the lib/auth/authorization-matrix*.int.test.ts files; the rows are in
// ./authorization-rows.ts. Each test file disconnects `db` in its own afterAll.
export const db = testDb();
export const request = { ip: "198.51.100.7", userAgent: "vitest" };
export const ROLES: Role[] = ["STAFF", "MANAGER", "AUDITOR", "ADMIN"];

// Everything a denied call could have touched.
const RECORD_STATE = { id: true, version: true, deletedAt: true } as const;

export async function fingerprint() {
  const [users, audit, sessions, links, cases, suspects, victims, snapshots] = await Promise.all([
    db.user.findMany({ select: { id: true, version: true, sessionVersion: true, active: true } }),
    db.auditEvent.count(),
    db.session.count(),
    db.userProvince.count(),
    db.case.findMany({ select: RECORD_STATE, orderBy: { id: "asc" } }),
    db.suspect.findMany({ select: RECORD_STATE, orderBy: { id: "asc" } }),
    db.victim.findMany({ select: RECORD_STATE, orderBy: { id: "asc" } }),
    db.reportSnapshot.count(),
  ]);
  return { users, audit, sessions, links, cases, suspects, victims, snapshots };
}
