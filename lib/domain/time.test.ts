import { describe, expect, it } from "vitest";
import { phnomPenhYearRange, yearInPhnomPenh } from "./time";

describe("yearInPhnomPenh", () => {
  it("counts 23:30 on 31 December in Phnom Penh in that year, though it is later elsewhere", () => {
    const instant = new Date("2017-12-31T23:30:00+07:00");
    expect(instant.toISOString()).toBe("2017-12-31T16:30:00.000Z");
    expect(yearInPhnomPenh(instant)).toBe(2017);
  });

  it("puts 00:30 on 1 January in Phnom Penh in the new year, though it is still the old one in UTC", () => {
    const instant = new Date("2018-01-01T00:30:00+07:00");
    expect(instant.getUTCFullYear()).toBe(2017);
    expect(yearInPhnomPenh(instant)).toBe(2018);
  });
});

describe("phnomPenhYearRange", () => {
  it("is the half-open year in UTC+7", () => {
    const { start, end } = phnomPenhYearRange(2017);
    expect(start.toISOString()).toBe("2016-12-31T17:00:00.000Z");
    expect(end.toISOString()).toBe("2017-12-31T17:00:00.000Z");
  });

  it("agrees with yearInPhnomPenh at both edges", () => {
    const { start, end } = phnomPenhYearRange(2016);
    expect(yearInPhnomPenh(start)).toBe(2016);
    expect(yearInPhnomPenh(new Date(end.getTime() - 1))).toBe(2016);
    expect(yearInPhnomPenh(end)).toBe(2017);
  });
});
