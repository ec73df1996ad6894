import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tipPeriod, yearPeriod } from "@/lib/domain/period";
import { figureValues } from "@/lib/i18n/numerals";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { createTranslator } from "use-intl/core";
import { GLOTIP_DEFINITIONS, TIP_DEFINITIONS } from "./definitions";
import { assembleGlotipLayout, VICTIM_SETS } from "./glotip-assemble";
import { buildLayoutCsv, layoutCsvRows } from "./layout-csv";
import { buildLayoutView, layoutFileName } from "./layout-view";
import { buildLayoutXlsx } from "./layout-xlsx";
import { suppressLayout } from "./suppress-layout";
import { assembleTipLayout } from "./tip-assemble";

const scope = { national: false, provinces: ["KH-12"] };
const generatedAt = new Date("2018-04-02T03:00:00Z");
const tip = assembleTipLayout({
  period: tipPeriod(2017),
  counts: {
    investigations: { total: 1234, labour: 40 },
    prosecutions: { total: 8, labour: 1 },
    convictions: { total: 60, labour: 0 },
    victimsIdentified: { total: 40, labour: 12 },
  },
  scope,
  generatedAt,
});
const persons = {
  total: 12,
  bySex: { MALE: 12 },
  byCitizenship: { national: 12, foreign: 0, unknown: 0 },
  cells: { national: { MALE: 12 }, foreign: {}, unknown: {} },
};
const glotip = assembleGlotipLayout({
  period: yearPeriod(2017),
  counts: {
    victims: [
      {
        grp: VICTIM_SETS.total,
        sex: null,
        age: null,
        form: null,
        citizenship: null,
        country: null,
        n: 0,
      },
    ],
    persons: { suspected: persons, prosecuted: persons, convicted: persons },
  },
  scope: { national: true, provinces: [] },
  generatedAt,
});

describe("the layouts' definitions", () => {
  it("are in the catalogue in the document's own words, and in Khmer", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "reportLayouts" });
    for (const [key, text] of Object.entries({ ...TIP_DEFINITIONS, ...GLOTIP_DEFINITIONS })) {
      expect(
        t(`definitions.${key}` as "definitions.period", figureValues([1, 18, 31], "latn")),
      ).toBe(text);
      expect((km.reportLayouts.definitions as Record<string, string>)[key], key).toMatch(
        /[\u1780-\u17FF]/,
      );
    }
  });
});

describe("the TIP layout's files", () => {
  it("state the layout, period, scope and time, then the figures as TIP writes them", () => {
    const rows = layoutCsvRows(buildLayoutView(tip, "en"));
    expect(rows.slice(0, 4).map((r) => r.label)).toEqual([
      "US Trafficking in Persons (TIP) report: law enforcement and victims identified",
      "Period: 1 Apr 2017 to 31 Mar 2018, both days included (Phnom Penh time).",
      "Generated 2 Apr 2018, 10:00 (Phnom Penh time).",
      "Figures for these provinces only: Phnom Penh.",
    ]);
    expect(rows.filter((r) => r.table === "tip").slice(0, 2)).toEqual([
      {
        table: "tip",
        key: "investigations",
        label: "Investigations",
        count: 1234,
        status: "",
        text: "1,234 (40 labour)",
      },
      {
        table: "tip",
        key: "investigations.labour",
        label: "Investigations: of which labour trafficking",
        count: 40,
        status: "",
        text: undefined,
      },
    ]);
    expect(rows.find((r) => r.key === "labourVictims")?.label).toBe(TIP_DEFINITIONS.labourVictims);
  });

  it("write Khmer labels and digits in Khmer, codes and counts as they are", () => {
    const csv = buildLayoutCsv(buildLayoutView(tip, "km"));
    expect(csv.startsWith('\uFEFF"table","key","label","count","status","text"\r\n')).toBe(true);
    expect(csv).toContain('"tip","investigations","ការស៊ើបអង្កេត","1234","","១.២៣៤ (៤០ កម្លាំងពលកម្ម)"');
    expect(csv).toContain("ពីថ្ងៃទី ១ មេសា");
    expect(csv).toContain("ភ្នំពេញ");
  });

  it("mark suppressed figures in the public variant", () => {
    const view = buildLayoutView(suppressLayout(tip, 11), "en");
    expect(view.title).toBe("TIP layout: 1 Apr 2017 to 31 Mar 2018, public version");
    const rows = layoutCsvRows(view);
    expect(rows.find((r) => r.key === "prosecutions")).toMatchObject({
      count: null,
      status: "suppressed",
      text: "x (x labour)",
    });
    expect(rows.find((r) => r.key === "checks")).toBeUndefined();
  });

  it("is named by layout, period, variant and language", () => {
    expect(layoutFileName(suppressLayout(tip, 11), { format: "csv", lang: "km" })).toBe(
      "ctip-tip-2017-04-01-2018-03-31-public-k11-km.csv",
    );
  });
});

describe("the GLOTIP layout's files", () => {
  it("label every table's rows in the file's language", () => {
    const rows = layoutCsvRows(buildLayoutView(glotip, "en"));
    expect(rows.find((r) => r.table === "victims.cells")).toMatchObject({
      key: "FEMALE|child|sexual|national",
      label: "Female, Child, Sexual exploitation, Cambodian",
      count: 0,
    });
    expect(rows.find((r) => r.table === "persons.convicted.cells" && r.count === 12)).toMatchObject(
      {
        key: "MALE|national",
      },
    );
    const kmRows = layoutCsvRows(buildLayoutView(glotip, "km"));
    expect(
      kmRows.find((r) => r.table === "victims.byForm" && r.key === "forced-labour")?.label,
    ).toBe("ពលកម្មដោយបង្ខំ");
  });

  it("as XLSX: the tables under the file's facts, and the rules with the checks", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildLayoutXlsx(buildLayoutView(glotip, "en"))).buffer as ArrayBuffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Layout", "Rules"]);
    const layout = workbook.getWorksheet("Layout")!;
    expect(layout.getCell("A1").value).toBe("GLOTIP layout: 1 Jan 2017 to 31 Dec 2017");
    const values: unknown[][] = [];
    layout.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toContainEqual(
      ["Total", "Total", 12, ""].map((v, i) => (i === 0 ? "total" : v)),
    );
    const rules = workbook.getWorksheet("Rules")!;
    const ruleText: unknown[] = [];
    rules.eachRow((row) => ruleText.push(row.getCell(2).value));
    expect(ruleText).toContain(GLOTIP_DEFINITIONS.forms);
  });
});
