import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { REPORT_DEFINITIONS } from "./assemble";
import { SERVICES_DEFINITIONS } from "./services-section";
import { reportCsvRows } from "./export-csv";
import { buildReportView, exportTranslator } from "./export-view";
import { buildReportXlsx } from "./export-xlsx";
import { renderPrintBody } from "./print-view";
import { PUBLIC_DESCRIPTION, suppressReport } from "./suppress";

// The report document states its rules in English and keeps them so (it is hashed and
// published); every view of it states them from the catalogue in the reader's language. A Khmer
// export is Khmer from its title to its rules, but for codes.

const KHMER = /[\u1780-\u17FF]/;

/**
 * Latin words a Khmer export may still carry: codes and names of standards, not English.
 * (Country and province names are in Khmer; keys and ISO codes stay in the machine columns.)
 */
const CODES = new Set(["NCCT", "CTDC", "UTC", "Asia/Phnom_Penh", "ctip-small-cells/1", "k", "x"]);

/** The Latin words of a text that are not codes: English left in a Khmer view. */
function englishIn(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z_'-]*(?:\/[A-Za-z_]+|\/\d+)*/g) ?? []).filter(
    (w) => !CODES.has(w),
  );
}

const definitionTexts = (messages: typeof en) =>
  messages.reportExport.rules.definitionTexts as Record<string, string>;

describe("the report's rules in the catalogues", () => {
  it("has every definition the report states in both catalogues, the English word for word", () => {
    // The services section's definitions join the report's (services-section.ts).
    const DEFINITIONS: Record<string, string> = { ...REPORT_DEFINITIONS, ...SERVICES_DEFINITIONS };
    for (const [key, text] of Object.entries(DEFINITIONS)) {
      // But for the time zone, which the catalogues name as users read it (format.test.ts).
      const stated = text.replace("Asia/Phnom_Penh (UTC+7)", "Phnom Penh time (UTC+7)");
      expect(definitionTexts(en)[key], key).toBe(stated);
      expect(definitionTexts(km as typeof en)[key], key).toMatch(KHMER);
      expect(englishIn(definitionTexts(km as typeof en)[key]!), key).toEqual([]);
    }
    expect(Object.keys(definitionTexts(en))).toEqual(Object.keys(DEFINITIONS));
    expect(Object.keys(definitionTexts(km as typeof en))).toEqual(Object.keys(DEFINITIONS));
  });

  it("has the public variant's description in both catalogues, the English word for word", () => {
    // Its figure one ("from 1 to k−1") is a placeholder, written in the reader's digits.
    expect(exportTranslator("en")("rules.publicDescription", { one: "1" })).toBe(
      PUBLIC_DESCRIPTION,
    );
    const khmer = exportTranslator("km")("rules.publicDescription", { one: "១" });
    expect(khmer).toMatch(KHMER);
    expect(englishIn(khmer)).toEqual([]);
  });
});

describe("a Khmer view of the report", () => {
  it("states every definition in Khmer, none in English", () => {
    const view = buildReportView(seedLikeReport(), "km");
    const stated = { ...REPORT_DEFINITIONS, ...SERVICES_DEFINITIONS };
    expect(view.definitions.map((d) => d.key)).toEqual(Object.keys(stated));
    const english = new Set(Object.values(stated));
    for (const d of view.definitions) {
      expect(english.has(d.text), d.key).toBe(false);
      expect(d.text, d.key).toBe(definitionTexts(km as typeof en)[d.key]);
    }
  });

  it("states the public variant's rule in Khmer", () => {
    const view = buildReportView(suppressReport(seedLikeReport(), 11), "km");
    const rule = view.rules.at(-1)!.value;
    expect(rule).toBe(
      `ctip-small-cells/1៖ ${km.reportExport.rules.publicDescription.replaceAll("{one}", "១")}`,
    );
    expect(rule).not.toContain(PUBLIC_DESCRIPTION.slice(0, 40));
  });

  it("keeps an older document's own words where the catalogue states a different rule or none", () => {
    const doc = seedLikeReport();
    doc.rules.definitions = {
      ...doc.rules.definitions,
      deleted: "Deleted records never count, as of 2017.",
      retired: "A rule this version no longer states.",
    };
    const pub = suppressReport(doc, 11);
    pub.public.description = "An earlier wording of the rule.";
    for (const lang of ["en", "km"] as const) {
      const view = buildReportView(pub, lang);
      const text = (key: string) => view.definitions.find((d) => d.key === key)?.text;
      expect(text("deleted"), lang).toBe("Deleted records never count, as of 2017.");
      expect(text("retired"), lang).toBe("A rule this version no longer states.");
      expect(view.rules.at(-1)!.value, lang).toContain("An earlier wording of the rule.");
    }
    expect(buildReportView(pub, "km").definitions.find((d) => d.key === "year")!.text).toBe(
      definitionTexts(km as typeof en).year,
    );
  });
});

describe("the Khmer exports, from title to rules", () => {
  for (const variant of ["full", "public"] as const) {
    const doc = () =>
      variant === "full" ? seedLikeReport() : suppressReport(seedLikeReport(), 11);

    it(`prints no English word in the ${variant} print view (PDF)`, () => {
      const html = renderPrintBody(buildReportView(doc(), "km"));
      const text = html.replace(/<[^>]+>/g, " ").replace(/&#39;/g, "'");
      expect(englishIn(text)).toEqual([]);
    });

    it(`labels every ${variant} CSV row in Khmer`, () => {
      for (const row of reportCsvRows(buildReportView(doc(), "km"))) {
        expect(row.label, `${row.section}.${row.dimension}.${row.key}`).toMatch(KHMER);
        expect(englishIn(row.label)).toEqual([]);
      }
    });

    it(`writes no English word in the ${variant} XLSX but for the codes of its key columns`, async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        (await buildReportXlsx(buildReportView(doc(), "km"))).buffer as ArrayBuffer,
      );
      expect(workbook.title).toMatch(KHMER);
      const english: string[] = [];
      for (const sheet of workbook.worksheets) {
        // Breakdown sheets are named by their stable id (cases.byOffence); the others in words.
        if (!/^[a-zA-Z]+\.[a-zA-Z]+$/.test(sheet.name)) expect(sheet.name).toMatch(KHMER);
        const keyColumn = sheet.name.includes(".") || sheet.name === km.reportExport.sheets.checks;
        sheet.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            if (typeof cell.value !== "string" || (keyColumn && c === 1 && r > 2)) return;
            english.push(...englishIn(cell.value).map((w) => `${sheet.name}!${r}:${c} ${w}`));
          }),
        );
      }
      expect(english).toEqual([]);
    });
  }
});
