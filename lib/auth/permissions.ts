import type { Role } from "@/lib/generated/prisma/enums";

// The one table of what each role may do. Every guard reads it; nothing else grants access.
// Record access is further limited to the user's scope (national, or a list of provinces).
export const PERMISSIONS = {
  /** Read case, suspect and victim records in scope (lists show no victim names). */
  "read:record": ["STAFF", "MANAGER", "AUDITOR"],
  /** Create, edit, soft delete and restore records in the user's own provinces. */
  "write:record": ["STAFF"],
  /** Read victims' names and dates of birth. */
  "read:victim-identity": ["STAFF"],
  /** Read yearly aggregates and the annual report in scope. */
  "read:report": ["STAFF", "MANAGER", "AUDITOR"],
  /** Publish a year's report (a frozen, hashed snapshot). */
  "publish:report": ["MANAGER"],
  /** Export reports (CSV, XLSX, PDF, JSON). */
  "export:report": ["MANAGER", "AUDITOR"],
  /** Read the audit trail in scope, verify the chain, and export it. */
  "read:audit": ["AUDITOR"],
  /** Read referrals to services and their follow-up visits, in scope. */
  "read:referral": ["STAFF", "MANAGER", "AUDITOR"],
  /** Refer a victim to a service provider; update a referral's status and record follow-ups. */
  "write:referral": ["STAFF"],
  /** Move a case along its workflow (open → investigation → prosecution → in court → closed). */
  "change:case-status": ["STAFF"],
  /** Manage user accounts, roles and scopes. */
  "manage:user": ["ADMIN"],
  /** Manage the agencies (reference data). */
  "manage:agency": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleCan(role, p));
}
