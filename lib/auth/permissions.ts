import type { AgencyKind, Role } from "@/lib/generated/prisma/enums";

// The one table of what each role of each kind of agency may do (decision 0034). Every guard
// reads it; nothing else grants access. A grant gives a permission to `roles` of the agency kinds
// listed (absent: any agency), over the records its `reach` names; lib/auth/scope.ts turns a
// reach into the filter every read and write of records goes through.

/**
 * Which records a grant covers:
 * - `scope`: the user's provinces, or every province with national scope;
 * - `abroad`: victims rescued abroad, nationally, and only those (no case, no suspect);
 * - `referred`: victims with a referral to the user's agency, and only those;
 * - `court`: cases in the user's provinces and suspects whose court (or, with none recorded, whose
 *   case) is in them; no victims.
 */
export type Reach = "scope" | "abroad" | "referred" | "court";

export type Grant = {
  roles: readonly Role[];
  /** The agency kinds whose users hold the grant; absent: every agency. */
  agencies?: readonly AgencyKind[];
  reach: Reach;
};

/** Bodies that investigate and record cases: as before agencies, staff work in their provinces. */
export const CASE_AGENCIES = [
  "SECRETARIAT",
  "PROVINCIAL_COMMITTEE",
  "POLICE",
] as const satisfies readonly AgencyKind[];
/** Service providers: they see the victims referred to them. */
export const PROVIDER_AGENCIES = ["SOCIAL_AFFAIRS", "NGO"] as const satisfies readonly AgencyKind[];

const caseStaff = { roles: ["STAFF"], agencies: CASE_AGENCIES, reach: "scope" } as const;
const foreignStaff = { roles: ["STAFF"], agencies: ["FOREIGN_AFFAIRS"], reach: "abroad" } as const;
const providerStaff = { roles: ["STAFF"], agencies: PROVIDER_AGENCIES, reach: "referred" } as const;
const courtStaff = { roles: ["STAFF"], agencies: ["COURT"], reach: "court" } as const;
const readers = { roles: ["MANAGER", "AUDITOR"], reach: "scope" } as const;

export const PERMISSIONS = {
  /** Read case, suspect and victim records within reach (lists show no victim names). */
  "read:record": [caseStaff, foreignStaff, providerStaff, courtStaff, readers],
  /** Create, edit, soft delete and restore records within reach. */
  "write:record": [caseStaff, foreignStaff],
  /** Edit only the court fields of suspects within reach (decision 0029's fieldset). */
  "write:court": [caseStaff, courtStaff],
  /** Import records from a spreadsheet (cases, suspects and victims in the user's provinces). */
  "import:record": [caseStaff],
  /** Read victims' names and dates of birth, of the victims within reach. */
  "read:victim-identity": [caseStaff, foreignStaff, providerStaff],
  /** Read yearly aggregates and the annual report in scope. */
  "read:report": [caseStaff, readers],
  /** Publish a year's report (a frozen, hashed snapshot). */
  "publish:report": [{ roles: ["MANAGER"], reach: "scope" }],
  /** Export reports (CSV, XLSX, PDF, JSON). */
  "export:report": [readers],
  /** Read the audit trail in scope, verify the chain, and export it. */
  "read:audit": [{ roles: ["AUDITOR"], reach: "scope" }],
  /** Read referrals to services and their follow-up visits, within reach. */
  "read:referral": [caseStaff, foreignStaff, providerStaff, readers],
  /** Refer a victim to a service provider; update a referral's status and record follow-ups. */
  "write:referral": [caseStaff, foreignStaff, providerStaff],
  /** Move a case along its workflow (open → investigation → prosecution → in court → closed). */
  "change:case-status": [caseStaff],
  /** Manage user accounts, roles and scopes. */
  "manage:user": [{ roles: ["ADMIN"], reach: "scope" }],
  /** Manage the agencies (reference data). */
  "manage:agency": [{ roles: ["ADMIN"], reach: "scope" }],
} as const satisfies Record<string, readonly Grant[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Who is asking: a role, and the kind of agency they work for. */
export type Holder = { role: Role; agencyKind: AgencyKind };

function grantOf(holder: Holder, permission: Permission): Grant | undefined {
  return (PERMISSIONS[permission] as readonly Grant[]).find(
    (g) => g.roles.includes(holder.role) && (!g.agencies || g.agencies.includes(holder.agencyKind)),
  );
}

/** The records `permission` reaches for this holder, or null when they do not hold it. */
export function reachOf(holder: Holder, permission: Permission): Reach | null {
  return grantOf(holder, permission)?.reach ?? null;
}

export function holderCan(holder: Holder, permission: Permission): boolean {
  return grantOf(holder, permission) !== undefined;
}

/** For a user of the secretariat (the default agency): what the role alone gives. */
export function roleCan(role: Role, permission: Permission): boolean {
  return holderCan({ role, agencyKind: "SECRETARIAT" }, permission);
}

export function permissionsOf(holder: Holder): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => holderCan(holder, p));
}
