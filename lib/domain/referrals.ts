// The rules of a referral's life (decision 0035): which status may follow which, and which dates a
// change or a follow-up visit may carry. Pure: the form's schema, lib/data and the seed share them.

export const REFERRAL_STATUSES = [
  "REFERRED",
  "ACCEPTED",
  "PROVIDED",
  "DECLINED",
  "CLOSED",
] as const;
export type TReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REINTEGRATION_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "REINTEGRATED",
  "AT_RISK",
  "RE_TRAFFICKED",
  "LOST_CONTACT",
] as const;
export type TReintegrationStatus = (typeof REINTEGRATION_STATUSES)[number];

/** Where each status may go next. DECLINED and CLOSED are final. */
export const REFERRAL_TRANSITIONS: Record<TReferralStatus, readonly TReferralStatus[]> = {
  REFERRED: ["ACCEPTED", "DECLINED", "CLOSED"],
  ACCEPTED: ["PROVIDED", "DECLINED", "CLOSED"],
  PROVIDED: ["CLOSED"],
  DECLINED: [],
  CLOSED: [],
};

export function nextReferralStatuses(from: TReferralStatus): readonly TReferralStatus[] {
  return REFERRAL_TRANSITIONS[from];
}

export function canMoveReferral(from: TReferralStatus, to: TReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

export function isFinalReferralStatus(status: TReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length === 0;
}

/** Field errors keyed by form field; each value lists `validation` message keys. */
export type TReferralFieldErrors = Record<string, string[]>;

/**
 * Checks a date given on a referral's form against the referral date and today (both YYYY-MM-DD
 * in Phnom Penh; ISO dates compare as strings). Returns the message key, or null.
 */
export function referralDateError(day: string, referredOn: string, today: string): string | null {
  if (day > today) return "dateInFuture";
  if (day < referredOn) return "beforeReferral";
  return null;
}

/**
 * A status change: the move must be allowed from the current status, and its date neither in the
 * future nor before the referral date (nor before the last change: history reads in order).
 */
export function checkReferralChange(input: {
  from: TReferralStatus;
  to: TReferralStatus;
  on: string;
  referredOn: string;
  lastChangeOn: string;
  today: string;
}): TReferralFieldErrors {
  const errors: TReferralFieldErrors = {};
  if (!canMoveReferral(input.from, input.to)) errors.status = ["transition"];
  const dateError =
    referralDateError(input.on, input.referredOn, input.today) ??
    (input.on < input.lastChangeOn ? "beforeLastChange" : null);
  if (dateError) errors.on = [dateError];
  return errors;
}

/** The providedAt a change leaves: set when the service is provided, kept after closing. */
export function providedAtAfter<D>(to: TReferralStatus, at: D, before: D | null): D | null {
  return to === "PROVIDED" ? at : before;
}

/** A follow-up visit: not in the future, not before the referral. */
export function checkFollowUp(input: {
  visitedOn: string;
  referredOn: string;
  today: string;
}): TReferralFieldErrors {
  const error = referralDateError(input.visitedOn, input.referredOn, input.today);
  return error ? { visitedOn: [error] } : {};
}

/** Whether a referral takes follow-up visits: once the provider took it on (accepted, provided,
 * or closed after that); a referral still waiting, or declined, has nothing to follow up. */
export function acceptsFollowUps(status: TReferralStatus): boolean {
  return status === "ACCEPTED" || status === "PROVIDED" || status === "CLOSED";
}
