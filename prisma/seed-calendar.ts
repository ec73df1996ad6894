// Dates for the demo records, on Phnom Penh's calendar: the report reads every event's year, and
// every age at rescue, in Asia/Phnom_Penh (UTC+7, no daylight saving in the years seeded). Building
// them on that calendar is what keeps each record on the side of a boundary it was meant for.
import { phnomPenhYearRange } from "@/lib/domain/time";
import { intBetween, type Rng } from "./seed-random";

const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type CalendarDate = { year: number; month: number; day: number };

/** The instant of a wall-clock time in Phnom Penh; `month` is 1–12. */
export function atPhnomPenh(year: number, month: number, day: number, hour = 9, minute = 0) {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}

export function phnomPenhDateOf(instant: Date): CalendarDate {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** A random instant in `year` between 07:00 and 20:59 in Phnom Penh, on day `fromDay` to `toDay`
 * of the year (0-based; by default up to 30 December, leaving the last day to chosen records). */
export function randomInstantIn(rng: Rng, year: number, fromDay = 0, toDay = 363): Date {
  const day = intBetween(rng, fromDay, toDay);
  const start = phnomPenhYearRange(year).start.getTime();
  return new Date(start + day * DAY_MS + intBetween(rng, 7 * 60, 20 * 60 + 59) * 60_000);
}

/** `minutes` after `instant`, unless that passes the end of `instant`'s Phnom Penh year: then as
 * many minutes as fit, wrapped round (not all piled up on the year's last minute). */
export function laterInSameYear(instant: Date, minutes: number): Date {
  const { end } = phnomPenhYearRange(phnomPenhDateOf(instant).year);
  const room = Math.floor((end.getTime() - instant.getTime()) / 60_000);
  return new Date(instant.getTime() + (minutes < room ? minutes : minutes % room) * 60_000);
}

/** Whole years of age on `on`, as PostgreSQL's age() counts them (a 29 February birthday comes
 * round on 1 March in other years). `dateOfBirth` is a date, held at midnight UTC. */
export function ageOn(dateOfBirth: Date, on: CalendarDate): number {
  const [by, bm, bd] = [
    dateOfBirth.getUTCFullYear(),
    dateOfBirth.getUTCMonth() + 1,
    dateOfBirth.getUTCDate(),
  ];
  const beforeBirthday = on.month < bm || (on.month === bm && on.day < bd);
  return on.year - by - (beforeBirthday ? 1 : 0);
}

/**
 * A date of birth `daysBefore` days before the `years`th birthday falling on the rescue date in
 * Phnom Penh: 0 makes the rescue day that birthday, -1 makes it the day before (one year younger).
 * Throws if the result would not give the age intended, so the age bands' totals cannot drift.
 */
export function dateOfBirthFor(rescuedAt: Date, years: number, daysBefore: number): Date {
  const rescued = phnomPenhDateOf(rescuedAt);
  let birthday = Date.UTC(rescued.year - years, rescued.month - 1, rescued.day);
  // A rescue on 29 February: in a year without one, that birthday is 28 February.
  if (new Date(birthday).getUTCMonth() !== rescued.month - 1) birthday -= DAY_MS;
  const dateOfBirth = new Date(birthday - daysBefore * DAY_MS);
  const intended = daysBefore < 0 ? years - 1 : years;
  if (ageOn(dateOfBirth, rescued) !== intended || daysBefore > 364) {
    throw new Error(`No date of birth gives age ${intended} on ${JSON.stringify(rescued)}`);
  }
  return dateOfBirth;
}
