// The one list of what the audit trail records. `recordAudit` and its batch and one-round-trip
// siblings take only these types, so an event the list lacks does not compile; the /audit page's
// filters offer exactly these; and a unit test requires an English and a Khmer label for each
// (audit.actionLabels and audit.entityLabels in lib/i18n/messages). Rows already stored are read
// as plain strings: a code from an older build still shows, as its code.

export const AUDIT_ENTITY_TYPES = [
  "user",
  "case",
  "victim",
  "suspect",
  "referral",
  "report",
  "import",
  "audit_event",
  "seed",
  "agency",
] as const;
export type TAuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Every action, grouped by the entity type its events name. */
export const AUDIT_ACTIONS_BY_ENTITY = {
  user: [
    "user.signed_in",
    "user.signed_out",
    "user.sign_in_failed",
    "user.sign_in_locked",
    "user.created",
    "user.access_changed",
    "user.deactivated",
    "user.reactivated",
    "user.password_reset",
    "user.password_changed",
    "user.preferences_changed",
  ],
  case: ["case.created", "case.updated", "case.deleted", "case.restored", "case.status_changed"],
  victim: [
    "victim.created",
    "victim.linked",
    "victim.updated",
    "victim.deleted",
    "victim.restored",
    "victim.identity_viewed",
  ],
  suspect: [
    "suspect.created",
    "suspect.linked",
    "suspect.updated",
    "suspect.deleted",
    "suspect.restored",
  ],
  referral: ["referral.created", "referral.status_changed", "referral.follow_up_recorded"],
  report: ["report.published", "report.exported"],
  import: ["import.completed", "import.refused"],
  audit_event: ["audit.exported"],
  seed: ["seed.loaded"],
  agency: ["agency.created", "agency.updated"],
} as const satisfies Record<TAuditEntityType, readonly string[]>;

export type TAuditAction = (typeof AUDIT_ACTIONS_BY_ENTITY)[TAuditEntityType][number];

export const AUDIT_ACTIONS: readonly TAuditAction[] = AUDIT_ENTITY_TYPES.flatMap(
  (e) => AUDIT_ACTIONS_BY_ENTITY[e],
);

const actions = new Set<string>(AUDIT_ACTIONS);
const entityTypes = new Set<string>(AUDIT_ENTITY_TYPES);

export function isAuditAction(value: string): value is TAuditAction {
  return actions.has(value);
}

export function isAuditEntityType(value: string): value is TAuditEntityType {
  return entityTypes.has(value);
}
