import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { buildReportView } from "./export-view";
import { buildReportXlsx } from "./export-xlsx";
import { suppressReport } from "./suppress";

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

/** The sheet's rows as arrays of cells, skipping ExcelJS's empty slot 0. */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow((row) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell));
    rows.push(cells);
  });
  return rows;
}

describe("report XLSX", () => {
  it("has a summary, a sheet per breakdown, the checks and the rules", async () => {
    const workbook = await readBack(await buildReportXlsx(buildReportView(seedLikeReport(), "en")));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Summary",
      "cases.byOffence",
      "cases.byProvince",
      "arrests.bySex",
      "prosecutions.bySex",
      "prosecutions.byNationality",
      "convictions.bySex",
      "convictions.byNationality",
      "convictions.bySentence",
      "victims.byAgeBand",
      "victims.bySex",
      "victims.byExploitation",
      "victims.byProvince",
      "victims.byNationality",
      "victims.byAgeBandAndSex",
      "foreignSuspects.byNationality",
      "rescuedAbroad.byCountry",
      "rescuedAbroad.bySex",
      "servicesReferred.byService",
      "servicesProvided.byService",
      "reintegration.byStatus",
      "Checks",
      "Rules",
    ]);
  });

  it("writes counts as numbers and changes as percentages", async () => {
    const workbook = await readBack(await buildReportXlsx(buildReportView(seedLikeReport(), "en")));
    const cases = rowsOf(workbook.getWorksheet("Summary")!).find(
      (r) => r[0]?.value === "Cases cracked down",
    )!;
    expect(cases[1]!.type).toBe(ExcelJS.ValueType.Number);
    expect(cases.slice(1, 4).map((c) => c.value)).toEqual([159, 92, 0.7283]);
    expect(cases[3]!.numFmt).toContain("0.00%");
    const provinces = rowsOf(workbook.getWorksheet("victims.byProvince")!);
    const pp = provinces.find((r) => r[0]?.value === "KH-12")!;
    expect(pp.map((c) => c.value).slice(0, 3)).toEqual(["KH-12", "Phnom Penh", 57]);
    expect(pp[2]!.type).toBe(ExcelJS.ValueType.Number);
  });

  it("keeps a label that looks like a formula as text, prefixed with a quote as in the CSV", async () => {
    const view = buildReportView(seedLikeReport(), "en");
    const labels = ["=1+1", '=HYPERLINK("http://evil.example","x")', "+SUM(A1)", "-2+3", "@cmd"];
    labels.forEach((label, i) => (view.sections[0]!.breakdowns[0]!.rows[i]!.label = label));
    const workbook = await readBack(await buildReportXlsx(view));
    const cells = rowsOf(workbook.getWorksheet("cases.byOffence")!).flatMap((r) => r.slice(1, 2));
    for (const label of labels) {
      expect(
        cells.find((c) => c.value === label),
        label,
      ).toBeUndefined();
      const cell = cells.find((c) => c.value === `'${label}`);
      expect(cell, label).toBeDefined();
      expect(cell!.type, label).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula, label).toBeUndefined();
    }
  });

  it("labels in Khmer and marks suppressed counts in the public variant", async () => {
    const view = buildReportView(suppressReport(seedLikeReport(), 11), "km");
    const workbook = await readBack(await buildReportXlsx(view));
    const countries = rowsOf(workbook.getWorksheet("rescuedAbroad.byCountry")!);
    expect(
      countries
        .find((r) => r[0]?.value === "MY")!
        .map((c) => c.value)
        .slice(0, 3),
    ).toEqual(["MY", "ម៉ាឡេស៊ី", 351]);
    const japan = countries.find((r) => r[0]?.value === "JP")!;
    expect(japan[2]!.value).toBe("x");
    expect(japan[3]!.value).toBe("បានបិទបាំង");
    // The sheets other than the breakdowns' (named by stable id) are named in the workbook's language.
    expect(workbook.worksheets.map((s) => s.name).filter((n) => !n.includes("."))).toEqual([
      "សេចក្ដីសង្ខេប",
      "ការត្រួតពិនិត្យ",
      "វិធាន",
    ]);
    const checks = rowsOf(workbook.getWorksheet("ការត្រួតពិនិត្យ")!);
    // The public variant's checks say pass or fail only.
    expect(checks.slice(3).every((r) => r[4]?.value == null && r[5]?.value == null)).toBe(true);
  });
});
