// Sign-in throttling, as pure rules; lib/auth/rate-limit.ts applies them in PostgreSQL.
//
// An account (or address) may have THRESHOLD failed sign-ins in a sliding 15-minute window, not
// counting failures before its last success. The failure that reaches the threshold starts a lock
// of one minute. While a lock holds, every attempt is refused unchecked and doubles the delay, up
// to an hour. When it ends the key is on probation for one window: one attempt is checked, and if
// it fails the lock starts again one level up. The lock itself is stored, so it lasts as long as it
// says even when that is longer than the counting window.
export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_THRESHOLD = 5;
export const ADDRESS_FAILURE_THRESHOLD = 20;
export const BASE_DELAY_MS = 60 * 1000;
export const MAX_DELAY_MS = 60 * 60 * 1000;
// Far past the hour's level (7); it only keeps a flood from overflowing the column.
export const MAX_LOCK_LEVEL = 10_000;

export type TSignInLock = { level: number; lockedUntil: Date };
export type TLockPhase = "none" | "active" | "probation";

/** Pure: how long a lock at this level lasts: 1 minute, doubling with each level, at most 1 hour. */
export function lockoutDelayMs(level: number): number {
  if (level < 1) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(level - 1, 30), MAX_DELAY_MS);
}

/** Pure: a lock refuses until lockedUntil, is on probation for a window after, then is forgotten. */
export function lockPhaseOf(lock: TSignInLock | null, now: Date): TLockPhase {
  if (!lock) return "none";
  const ended = lock.lockedUntil.getTime();
  if (now.getTime() < ended) return "active";
  return now.getTime() < ended + RATE_LIMIT_WINDOW_MS ? "probation" : "none";
}

/** Pure: failures count from the window's start, but not before a success or a lock's end. */
export function countFailuresSince(
  now: Date,
  lastSuccessAt: Date | null,
  lock: TSignInLock | null,
): Date {
  const starts = [now.getTime() - RATE_LIMIT_WINDOW_MS, lastSuccessAt?.getTime() ?? -Infinity];
  if (lockPhaseOf(lock, now) === "probation") starts.push(lock!.lockedUntil.getTime());
  return new Date(Math.max(...starts));
}

/** Pure: how many failures since countFailuresSince() start a lock: one, on probation. */
export function failureBudgetOf(threshold: number, phase: TLockPhase): number {
  return phase === "probation" ? 1 : threshold;
}

/** Pure: the lock a failure starts once the budget is used up: one level above a probation's. */
export function startLock(previous: TSignInLock | null, phase: TLockPhase, now: Date): TSignInLock {
  const level = phase === "probation" && previous ? previous.level + 1 : 1;
  return { level, lockedUntil: new Date(now.getTime() + lockoutDelayMs(level)) };
}

/** Pure: an attempt refused under an active lock counts as a failure: the delay doubles. */
export function extendLock(lock: TSignInLock, now: Date): TSignInLock {
  const level = Math.min(lock.level + 1, MAX_LOCK_LEVEL);
  const until = Math.max(lock.lockedUntil.getTime(), now.getTime() + lockoutDelayMs(level));
  return { level, lockedUntil: new Date(until) };
}
