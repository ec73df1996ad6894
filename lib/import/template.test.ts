import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "@/lib/export/csv";
import { buildTemplate } from "./template";

// The templates hold only the app's own text, so no cell is hostile today; these tests hold
// them to the rule every file the app writes follows (lib/export), should a label ever change.
describe("import templates", () => {
  it.each(["cases", "suspects", "victims"] as const)(
    "the %s CSV quotes every header",
    async (kind) => {
      const text = new TextDecoder().decode(await buildTemplate(kind, "csv", "km"));
      expect(text.replace(/^\uFEFF/, "")).toMatch(/^"[^"]+"(,"[^"]+")*\r\n$/);
    },
  );

  it.each(["cases", "suspects", "victims"] as const)(
    "the %s XLSX holds only text that no spreadsheet runs",
    async (kind) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await buildTemplate(kind, "xlsx", "en")).buffer as ArrayBuffer);
      let strings = 0;
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.formula).toBeUndefined();
            if (typeof cell.value !== "string") return;
            strings++;
            expect(neutraliseFormula(cell.value)).toBe(cell.value);
          }),
        );
      }
      expect(strings).toBeGreaterThan(10);
    },
  );
});
