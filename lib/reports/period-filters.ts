import { calendarYearOf, type TPeriod } from "@/lib/domain/period";
import type { TRecordFilters } from "@/lib/filters/record-filters";

/** A period as the record lists' filters: `year` for a calendar year (the links people know),
 * else its first and last dates. The report's queries and its drill-down links both use this. */
export function periodFilters(period: TPeriod): Pick<TRecordFilters, "year" | "from" | "to"> {
  const year = calendarYearOf(period);
  return year === null ? { from: period.from, to: period.to } : { year };
}
