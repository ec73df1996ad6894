// The ONE place that decides what of an audit event's `changes` a reader sees (decision 0019).
// Every path that shows or exports audit events (the /audit page, the CSV export, record
// history) goes through redactAuditEvent; a unit test fails when a new reader of the audit
// table appears elsewhere. Redaction happens on read only: the stored rows and their hash chain
// are untouched, so `audit:verify` still checks exactly what was written.

/** What a reader sees instead of a withheld value: that the field changed, not what it held. */
export const REDACTED = "[redacted]";

/**
 * The fields of people and cases a reader WITHOUT `read:victim-identity` may see in the trail:
 * what the record pages show them, minus free text. Anything not listed is withheld, so a column
 * added later is redacted until someone decides otherwise here.
 */
const VISIBLE_FIELDS: Record<string, ReadonlySet<string>> = {
  victim: new Set([
    ...["id", "code", "caseId", "linkedToId", "sex", "ageAtRescue", "nationality"],
    ...["homeProvinceId", "rescuedAt", "rescuedAbroad", "rescueProvinceId", "rescueCountry"],
    // servicesReferred: a column dropped for referrals (decision 0035); older events still show it.
    ...["rescuingAgency", "exploitationType", "servicesReferred"],
    ...["version", "deletedAt", "createdById", "updatedById"],
  ]),
  suspect: new Set([
    ...["id", "caseId", "linkedToId", "sex", "ageYears", "nationality", "isForeign", "role"],
    ...["arrestedAt", "arrestingUnit", "courtOutcome"],
    // Court proceedings are facts of a public trial, not identity (decision 0029).
    ...["chargedAt", "courtProvinceId", "chargeArticles", "verdictAt", "sentenceMonths"],
    ...["sentenceSuspended", "fineRiel", "appealStatus"],
    ...["version", "deletedAt", "createdById", "updatedById"],
  ]),
  // A referral and its follow-up visits: what the referral pages show every reader; the notes and
  // the visit's free text (who visited, the outcome) can name the victim (decision 0035).
  referral: new Set([
    ...["id", "victimId", "service", "providerId", "referredAt", "status", "statusAt"],
    ...["providedAt", "version", "referralId", "visitedAt", "reintegration"],
  ]),
  case: new Set([
    ...["id", "reference", "offenceType", "provinceId", "leadAgency", "crackedDownAt"],
    ...["status", "version", "deletedAt", "createdById", "updatedById"],
    // The workflow's facts (decision 0036); the notes of status changes are not audited fields.
    ...["statusChangedAt", "closeReason"],
  ]),
};

/** Withheld on purpose (the rest is withheld by default): listed so a test can check that every
 * audited column was decided, one way or the other. */
export const WITHHELD_FIELDS: Record<string, readonly string[]> = {
  victim: ["name", "nameKey", "dateOfBirth"],
  // Suspects' names and dates of birth: the trail keeps every past value and exports in bulk, so
  // it shows no more than a victim's; charges are free text that can name a victim.
  suspect: ["name", "nameKey", "dateOfBirth", "charges"],
  // Free text that can name a victim.
  case: ["summary"],
  referral: ["note", "visitedBy", "outcome"],
};

/** Facts besides `fields` that record events may carry: ids and hashes, never content. */
// `shownOn` names the page of a read-access event (decision 0026): a page, not content.
const VISIBLE_DETAILS = new Set(["samePersonAs", "importSha256", "shownOn"]);

export function visibleFieldsOf(entityType: string): ReadonlySet<string> | undefined {
  return VISIBLE_FIELDS[entityType];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type AuditEventView = {
  entityType: string;
  entityId: string | null;
  action: string;
  changes: unknown;
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Empty stays empty, so a reader still sees a field being set or cleared. */
function withhold(value: unknown): unknown {
  return value === null || value === undefined || value === "" ? value : REDACTED;
}

function redactFields(fields: unknown, visible: ReadonlySet<string>): unknown {
  if (!isObject(fields)) return REDACTED;
  return Object.fromEntries(
    Object.entries(fields).map(([key, change]) => {
      if (visible.has(key)) return [key, change];
      if (!isObject(change)) return [key, withhold(change)];
      return [key, { before: withhold(change.before), after: withhold(change.after) }];
    }),
  );
}

/** The text typed as an email at a failed sign-in for no known account may be anything (a
 * password typed in the wrong box, a mistyped person's address): only its domain is kept. */
function maskTypedEmail(value: unknown): unknown {
  if (typeof value !== "string") return withhold(value);
  const at = value.lastIndexOf("@");
  const domain = at > 0 ? value.slice(at + 1) : "";
  return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain) ? `${REDACTED}@${domain}` : withhold(value);
}

/**
 * An audit event's `changes` as a reader may see them. A reader who may read victims' identities
 * (`read:victim-identity`, which the caller looks up in the permission table) sees records'
 * changes in full; any other reader sees every change of a person or case, with the personal and
 * free-text values replaced by REDACTED. Typed sign-in text is masked for everyone.
 */
export function redactAuditChanges(event: AuditEventView, mayReadIdentity: boolean): unknown {
  const { changes } = event;
  if (!isObject(changes)) return changes;
  if (event.action === "user.sign_in_failed" && event.entityId === null && "email" in changes) {
    return { ...changes, email: maskTypedEmail(changes.email) };
  }
  const visible = VISIBLE_FIELDS[event.entityType];
  if (!visible || mayReadIdentity) return changes;
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => {
      if (key === "fields") return [key, redactFields(value, visible)];
      return [key, VISIBLE_DETAILS.has(key) ? value : withhold(value)];
    }),
  );
}

/** The event with its `changes` redacted for the reader; every reader of the trail calls this. */
export function redactAuditEvent<T extends AuditEventView>(event: T, mayReadIdentity: boolean): T {
  return { ...event, changes: redactAuditChanges(event, mayReadIdentity) } as T;
}
