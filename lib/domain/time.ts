// Event years are read in Cambodia's time zone (Asia/Phnom_Penh, UTC+7, no daylight saving):
// a rescue at 23:30 on 31 December in Phnom Penh counts in that year.
export const REPORT_TIME_ZONE = "Asia/Phnom_Penh";

const yearFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: REPORT_TIME_ZONE,
  year: "numeric",
});

export function yearInPhnomPenh(instant: Date): number {
  return Number(yearFormat.format(instant));
}

/** The half-open range [start, end) of instants whose Phnom Penh year is `year`. Cambodia has kept
 * UTC+7 without daylight saving throughout the years this system reports on. */
export function phnomPenhYearRange(year: number): { start: Date; end: Date } {
  const pad = (y: number) => String(y).padStart(4, "0");
  return {
    start: new Date(`${pad(year)}-01-01T00:00:00+07:00`),
    end: new Date(`${pad(year + 1)}-01-01T00:00:00+07:00`),
  };
}
