import { describe, expect, it } from "vitest";
import { parseReportPeriod, ZReportYear } from "./report";
import { ZPublishReport } from "./report-publish";

// Found by the action fuzz suite: publishing the year 0000 reached the report's queries with an
// invalid date, a 500. JavaScript reads years below 100 as 19xx, so no year may start with 0.
describe("a report year", () => {
  it.each(["0000", "0099", "0999", "99", "20170"])("refuses %s", (year) => {
    expect(ZReportYear.safeParse(year).success).toBe(false);
    expect(ZPublishReport.safeParse({ year }).error?.issues[0]).toMatchObject({
      path: ["year"],
      message: "year",
    });
  });

  it("takes four digits from 1000", () => {
    expect(ZReportYear.parse("1000")).toBe(1000);
    expect(ZReportYear.parse("2017")).toBe(2017);
  });
});

// Found by the route fuzz suite: a date that is not one (2017-4-1) reached the period's length
// check, which zod runs even after a field failed: a 500.
describe("a report period", () => {
  it.each([
    ["2017-4-1", "2018-03-31"],
    ["2017-04-01", "2018-3-31"],
    ["2017-02-30", "2017-03-01"],
    ["2017-04-01", ""],
  ])("refuses %s to %s as a field error, never a throw", (from, to) => {
    expect(parseReportPeriod({ from, to }).success).toBe(false);
  });

  it("refuses a period the wrong way round or over ten years", () => {
    const error = (from: string, to: string) => {
      const parsed = parseReportPeriod({ from, to });
      return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    };
    expect(error("2018-01-01", "2017-12-31")).toEqual(["periodOrder"]);
    expect(error("2000-01-01", "2017-12-31")).toEqual(["periodLength"]);
  });

  it("takes the TIP year, and nothing as the calendar year", () => {
    expect(parseReportPeriod({ from: "2017-04-01", to: "2018-03-31" })).toMatchObject({
      success: true,
      data: { from: "2017-04-01", to: "2018-03-31" },
    });
    expect(parseReportPeriod({})).toEqual({ success: true, data: null });
  });
});
