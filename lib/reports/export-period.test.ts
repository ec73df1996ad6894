import { describe, expect, it } from "vitest";
import { tipPeriod } from "@/lib/domain/period";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { buildReportView, exportFileName } from "./export-view";

describe("an export of a period other than a calendar year", () => {
  const doc = seedLikeReport("ncct", tipPeriod(2017));

  it("is titled and named by its dates, and says which period the previous figures count", () => {
    const en = buildReportView(doc, "en");
    expect(en.title).toBe("Report 1 Apr 2017 – 31 Mar 2018");
    expect(en.lines).toContain(
      "The previous figures (1 Apr 2016 – 31 Mar 2017) are from the live records.",
    );
    expect(exportFileName(doc, { format: "csv", lang: "en" })).toBe(
      "ctip-report-2017-04-01_2018-03-31-en.csv",
    );
  });

  it("names the period in Khmer, in Khmer digits", () => {
    const km = buildReportView(doc, "km");
    expect(km.title).toMatch(/^របាយការណ៍ ពី ១ .+ ២០១៧ ដល់ ៣១ .+ ២០១៨$/);
  });

  it("keeps a calendar year's title and name", () => {
    const year = seedLikeReport();
    expect(buildReportView(year, "en").title).toBe("Annual report 2017");
    expect(exportFileName(year, { format: "csv", lang: "en" })).toBe("ctip-report-2017-en.csv");
  });
});
