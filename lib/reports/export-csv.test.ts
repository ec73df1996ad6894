import { describe, expect, it } from "vitest";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { buildReportCsv, reportCsvRows } from "./export-csv";
import { buildReportView } from "./export-view";
import { suppressReport } from "./suppress";

describe("report CSV", () => {
  it("has one row per figure, with the totals' previous year and change as numbers", () => {
    const rows = reportCsvRows(buildReportView(seedLikeReport(), "en"));
    expect(rows[0]).toEqual({
      section: "cases",
      dimension: "total",
      key: "",
      label: "Cases cracked down",
      count: 159,
      previous: 92,
      change: 72.83,
      status: "",
    });
    expect(rows).toContainEqual(
      expect.objectContaining({
        section: "victims",
        dimension: "byAgeBand",
        key: "under15",
        count: 138,
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ dimension: "topProvince", key: "KH-12", count: 57 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        dimension: "total",
        section: "foreignSuspects",
        previous: null,
        change: null,
      }),
    );
    // The remainder is a row of its own, never hidden.
    expect(rows).toContainEqual(
      expect.objectContaining({
        dimension: "byCountry",
        key: "",
        label: "Country unspecified",
        count: 5,
      }),
    );
    const abroad = rows.filter((r) => r.dimension === "byCountry");
    expect(abroad.reduce((n, r) => n + (r.count ?? 0), 0)).toBe(757);
  });

  it("labels in Khmer when asked, keeping the codes", () => {
    const rows = reportCsvRows(buildReportView(seedLikeReport(), "km"));
    expect(rows).toContainEqual(
      expect.objectContaining({ dimension: "byProvince", key: "KH-12", label: "ភ្នំពេញ" }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ dimension: "byCountry", key: "MY", label: "ម៉ាឡេស៊ី" }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ dimension: "bySex", key: "FEMALE", label: "ស្រី" }),
    );
    expect(rows[0]!.label).toBe("ករណីដែលបានបង្ក្រាប");
  });

  it("starts with a BOM and the header, and quotes every field", () => {
    const csv = buildReportCsv(buildReportView(seedLikeReport(), "km"));
    expect(
      csv.startsWith(
        '\uFEFF"section","dimension","key","label","count","previous","change","status"\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('"victims","byProvince","KH-12","ភ្នំពេញ","57","","",""\r\n');
  });

  it("neutralises a label that would run as a formula", () => {
    const view = buildReportView(seedLikeReport(), "en");
    const rows = view.sections[0]!.breakdowns[0]!.rows;
    rows[0]!.label = '=HYPERLINK("http://evil.example","x")';
    rows[1]!.label = "@SUM(A1:A9)";
    rows[2]!.label = "+1+1";
    rows[3]!.label = "-1+1";
    const csv = buildReportCsv(view);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(`,"'@SUM(A1:A9)",`);
    expect(csv).toContain(`,"'+1+1",`);
    expect(csv).toContain(`,"'-1+1",`);
    // Negative numbers are numbers, not text to neutralise.
    const down = buildReportView(
      { ...seedLikeReport(), cases: { ...seedLikeReport().cases, changePercent: -12.5 } },
      "en",
    );
    expect(buildReportCsv(down)).toContain(
      '"cases","total","","Cases cracked down","159","92","-12.5",""\r\n',
    );
  });

  it("leaves suppressed counts empty and says why, in the public variant", () => {
    const rows = reportCsvRows(buildReportView(suppressReport(seedLikeReport(), 11), "en"));
    const japan = rows.find((r) => r.dimension === "byCountry" && r.key === "JP");
    expect(japan).toMatchObject({ count: null, status: "suppressed" });
    const csv = buildReportCsv(buildReportView(suppressReport(seedLikeReport(), 11), "en"));
    expect(csv).toContain('"rescuedAbroad","byCountry","JP","Japan","","","","suppressed"\r\n');
    expect(csv).not.toContain('"JP","Japan","5"');
  });
});
