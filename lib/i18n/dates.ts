import { REPORT_TIME_ZONE } from "@/lib/domain/time";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: REPORT_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: REPORT_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as the date and time a form shows, in Phnom Penh: ["2017-12-31", "23:30"]. */
export function toPhnomPenhInputs(instant: Date | null): { date: string; time: string } {
  if (!instant) return { date: "", time: "" };
  return { date: dateFormat.format(instant), time: timeFormat.format(instant) };
}

/** A @db.Date value (UTC midnight) as YYYY-MM-DD. */
export function toDateInput(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
