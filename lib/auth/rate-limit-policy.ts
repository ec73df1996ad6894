// Sign-in throttling. Failures are counted over a sliding window; past the threshold, sign-in is
// refused until a delay after the latest failure has passed, and the delay doubles with each
// further failure (attempts refused while locked count as failures too).
export const RATE_LIMIT_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_THRESHOLD = 5;
export const IP_FAILURE_THRESHOLD = 20;
const BASE_DELAY_MS = 60 * 1000;
const MAX_DELAY_MS = 60 * 60 * 1000;

/** Pure: how long sign-in stays refused after `failures` failures in the window (0 = allowed). */
export function lockoutDelayMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - threshold), MAX_DELAY_MS);
}

/** Pure: whether sign-in is refused now, given the failures counted and the latest one's time. */
export function isLockedOut(
  failures: number,
  lastFailureAt: Date | null,
  threshold: number,
  now: Date,
): boolean {
  const delay = lockoutDelayMs(failures, threshold);
  return delay > 0 && lastFailureAt !== null && now.getTime() - lastFailureAt.getTime() < delay;
}
