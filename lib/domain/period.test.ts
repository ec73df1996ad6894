import { describe, expect, it } from "vitest";
import {
  calendarYearOf,
  isCalendarDate,
  periodDays,
  periodRange,
  previousPeriod,
  tipPeriod,
  yearPeriod,
} from "./period";

describe("reporting periods", () => {
  it("compare a year with the year before, though it has one day more", () => {
    expect(previousPeriod(yearPeriod(2017))).toEqual({ from: "2016-01-01", to: "2016-12-31" });
    expect(calendarYearOf(yearPeriod(2017))).toBe(2017);
    expect(calendarYearOf(tipPeriod(2017))).toBeNull();
  });

  it("compare whole months with as many months before, else as many days", () => {
    expect(previousPeriod(tipPeriod(2017))).toEqual({ from: "2016-04-01", to: "2017-03-31" });
    expect(previousPeriod({ from: "2017-01-01", to: "2017-03-31" })).toEqual({
      from: "2016-10-01",
      to: "2016-12-31",
    });
    expect(previousPeriod({ from: "2017-03-01", to: "2017-03-31" })).toEqual({
      from: "2017-02-01",
      to: "2017-02-28",
    });
    // 10 days, not whole months: the 10 days before.
    expect(previousPeriod({ from: "2017-03-05", to: "2017-03-14" })).toEqual({
      from: "2017-02-23",
      to: "2017-03-04",
    });
    expect(periodDays({ from: "2016-01-01", to: "2016-12-31" })).toBe(366);
  });

  it("read both ends inclusive in Phnom Penh time", () => {
    const { start, end } = periodRange(tipPeriod(2017));
    expect(start.toISOString()).toBe("2017-03-31T17:00:00.000Z");
    expect(end.toISOString()).toBe("2018-03-31T17:00:00.000Z");
    const lastMinute = new Date("2018-03-31T23:30:00+07:00");
    expect(lastMinute >= start && lastMinute < end).toBe(true);
  });

  it("take only real dates", () => {
    expect(isCalendarDate("2017-02-28")).toBe(true);
    expect(isCalendarDate("2017-02-29")).toBe(false);
    expect(isCalendarDate("2016-02-29")).toBe(true);
    expect(isCalendarDate("2017-4-1")).toBe(false);
    expect(isCalendarDate("")).toBe(false);
  });
});
