import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "@/lib/export/csv";
import { COLUMNS } from "./columns";
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

  // A code is what a cell holds (HUMAN_TRAFFICKING, KH, PNP-2017-0001, 2017-06-15, 08:30,
  // SHELTER; MEDICAL): the same in both languages, so it is the one thing not translated.
  const CODE = /^[A-Z0-9_:;. -]+$/;
  const KHMER = /[\u1780-\u17FF]/;

  it.each(["cases", "suspects", "victims"] as const)(
    "the Khmer %s XLSX is Khmer in every text cell of its help sheet but codes",
    async (kind) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await buildTemplate(kind, "xlsx", "km", "km")).buffer as ArrayBuffer,
      );
      const [data, help] = workbook.worksheets;
      expect(data!.name).toMatch(KHMER);
      expect(help!.name).toMatch(KHMER);
      let cells = 0;
      help!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== "string" || cell.value === "") return;
          cells++;
          if (!CODE.test(cell.value)) expect(cell.value).toMatch(KHMER);
        }),
      );
      expect(cells).toBeGreaterThan(COLUMNS[kind].length * 3);
    },
  );

  it.each(["cases", "suspects", "victims"] as const)(
    "the %s data sheet's headers are the importer's column names, in the language asked for",
    async (kind) => {
      for (const lang of ["en", "km"] as const) {
        const workbook = new ExcelJS.Workbook();
        // The reader's language (the help sheet's) is the other one: the headers do not follow it.
        const locale = lang === "en" ? "km" : "en";
        await workbook.xlsx.load(
          (await buildTemplate(kind, "xlsx", lang, locale)).buffer as ArrayBuffer,
        );
        const headers = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
        expect(headers).toEqual(COLUMNS[kind].map((c) => c[lang]));
      }
    },
  );

  it("writes an English reader's help sheet in English", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildTemplate("victims", "xlsx", "km", "en")).buffer as ArrayBuffer,
    );
    const help = workbook.worksheets[1]!;
    expect(help.name).toBe("Allowed values");
    expect((help.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Column",
      "Required",
      "Allowed values",
      "Example",
    ]);
    const allowed = help.getColumn(3).values.filter((v): v is string => typeof v === "string");
    expect(allowed.join("\n")).not.toMatch(KHMER);
  });
});
