// A reporting period: two calendar dates in Asia/Phnom_Penh, both ends inclusive, e.g. the TIP
// report's 2017-04-01 to 2018-03-31. A calendar year is the period 1 January to 31 December.
// The figures of the period before are for a period of the same length just before it: the same
// number of whole months when the period is whole months (a year before a year, a quarter before a
// quarter, so 2016 before 2017 although 2016 has one day more), else the same number of days.

/** Dates as YYYY-MM-DD. */
export type TPeriod = { from: string; to: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date as a UTC midnight, or null when it is no real date (2017-02-30). */
function utcDate(date: string): Date | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date ? d : null;
}

export function isCalendarDate(date: string): boolean {
  return utcDate(date) !== null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function addDays(date: string, days: number): string {
  return iso(new Date(utcDate(date)!.getTime() + days * DAY_MS));
}

/** The first day of the month `months` after that of `date` (negative: before). */
function monthStart(date: string, months: number): string {
  const d = utcDate(date)!;
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

export function yearPeriod(year: number): TPeriod {
  const y = String(year).padStart(4, "0");
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The calendar year the period is, or null when it is any other period. */
export function calendarYearOf(period: TPeriod): number | null {
  const year = Number(period.from.slice(0, 4));
  const whole = yearPeriod(year);
  return whole.from === period.from && whole.to === period.to ? year : null;
}

/** Whole months: from the 1st of a month to the last day of a month. */
function wholeMonths(period: TPeriod): number | null {
  if (!period.from.endsWith("-01") || addDays(period.to, 1).slice(8) !== "01") return null;
  const [fy, fm] = period.from.split("-").map(Number) as [number, number];
  const [ty, tm] = period.to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function periodDays(period: TPeriod): number {
  return Math.round((utcDate(period.to)!.getTime() - utcDate(period.from)!.getTime()) / DAY_MS) + 1;
}

/** The period of the same length just before (see the rule above). */
export function previousPeriod(period: TPeriod): TPeriod {
  const to = addDays(period.from, -1);
  const months = wholeMonths(period);
  if (months !== null) return { from: monthStart(period.from, -months), to };
  return { from: addDays(period.from, -periodDays(period)), to };
}

/** The half-open range [start, end) of instants whose Phnom Penh date falls in the period. */
export function periodRange(period: TPeriod): { start: Date; end: Date } {
  return {
    start: new Date(`${period.from}T00:00:00+07:00`),
    end: new Date(`${addDays(period.to, 1)}T00:00:00+07:00`),
  };
}

/** The TIP report's period for `year`: 1 April of the year to 31 March of the next. */
export function tipPeriod(year: number): TPeriod {
  return { from: `${year}-04-01`, to: `${year + 1}-03-31` };
}
