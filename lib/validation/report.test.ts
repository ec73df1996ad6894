import { describe, expect, it } from "vitest";
import { ZReportYear } from "./report";
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
