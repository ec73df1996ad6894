import ExcelJS from "exceljs";
import { addSafeRow } from "@/lib/export/xlsx";
import type { TReportView, TStatus, TViewTotal } from "./export-view";

// The report as an Excel workbook: a summary sheet, one sheet per breakdown, the checks, and the
// rules and definitions. Counts are numbers and changes are percentages, so they can be summed
// and charted. Every text is written as a string value, never as a formula (ExcelJS makes a
// formula only from { formula }), and one that starts like a formula is prefixed with a quote,
// as in the CSV (lib/export/xlsx.ts), so "=HYPERLINK(…)" in a label stays text.

type Cell = string | number | null;

const PERCENT = "+0.00%;\u22120.00%;0.00%";

function count(view: TReportView, value: number | null): Cell {
  return value === null ? view.t("suppressedMark") : value;
}

function status(view: TReportView, value: TStatus): string {
  return value === "" ? "" : view.t(value);
}

function change(total: TViewTotal): Cell {
  return total.changePercent !== null ? total.changePercent / 100 : total.changeLabel;
}

/** Adds a row of plain values: strings stay strings, numbers numbers, null an empty cell. */
function addRow(sheet: ExcelJS.Worksheet, values: Cell[], bold = false) {
  const row = addSafeRow(sheet, values);
  if (bold) row.font = { bold: true };
  return row;
}

function addTitle(sheet: ExcelJS.Worksheet, title: string, lines: string[] = []) {
  addRow(sheet, [title]).font = { bold: true, size: 14 };
  for (const line of lines) addRow(sheet, [line]);
  addRow(sheet, []);
}

function summarySheet(workbook: ExcelJS.Workbook, view: TReportView) {
  const sheet = workbook.addWorksheet(view.t("sheets.summary"));
  const c = view.t;
  addTitle(sheet, view.title, view.lines);
  addRow(
    sheet,
    [c("columns.section"), c("columns.total"), c("columns.previous"), c("columns.change"), ""],
    true,
  );
  for (const s of view.sections) {
    const row = addRow(sheet, [
      s.title,
      count(view, s.total.count),
      s.total.change === null ? null : count(view, s.total.previous),
      change(s.total),
      status(view, s.total.status),
    ]);
    if (s.total.changePercent !== null) row.getCell(4).numFmt = PERCENT;
  }
  addRow(sheet, []);
  for (const extra of view.sections.flatMap((s) => s.extras)) {
    addRow(sheet, [extra.label, count(view, extra.count)]);
  }
  sheet.getColumn(1).width = 48;
  [2, 3, 4, 5].forEach((i) => (sheet.getColumn(i).width = 16));
}

/** A published copy's first sheet: which revision it is, its SHA-256 and audit anchor. */
function aboutSheet(workbook: ExcelJS.Workbook, view: TReportView) {
  if (!view.published) return;
  const c = view.t;
  const sheet = workbook.addWorksheet(c("sheets.about"));
  addTitle(sheet, c("published.title"), [c("published.source")]);
  for (const fact of view.published.rows) addRow(sheet, [fact.label, fact.value]);
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 90;
}

function breakdownSheets(workbook: ExcelJS.Workbook, view: TReportView) {
  const c = view.t;
  for (const section of view.sections) {
    for (const b of section.breakdowns) {
      // A breakdown's sheet is named by its stable id (≤ 31 characters, none of []:*?/\), the
      // same in every language, so a formula or script that refers to it works on either file;
      // its title row names it in words. The summary, checks and rules sheets are named in words.
      const sheet = workbook.addWorksheet(b.id);
      addTitle(sheet, `${section.title}${c("colon")} ${b.title}`);
      addRow(sheet, [c("columns.key"), c("columns.label"), c("columns.count"), ""], true);
      if (b.withheld) addRow(sheet, ["", c("withheldNote"), null, status(view, "withheld")]);
      for (const r of b.rows) {
        addRow(sheet, [r.key ?? "", r.label, count(view, r.count), status(view, r.status)]);
      }
      sheet.getColumn(1).width = 20;
      sheet.getColumn(2).width = 40;
      sheet.getColumn(3).width = 12;
      sheet.getColumn(4).width = 14;
    }
  }
}

function checksSheet(workbook: ExcelJS.Workbook, view: TReportView) {
  const c = view.t;
  const sheet = workbook.addWorksheet(c("sheets.checks"));
  addTitle(sheet, c("checks.title"));
  addRow(
    sheet,
    [
      c("columns.key"),
      c("columns.check"),
      c("columns.kind"),
      c("columns.result"),
      c("columns.count"),
      c("columns.expected"),
    ],
    true,
  );
  for (const check of view.checks) {
    addRow(sheet, [
      check.id,
      check.label,
      c(`checks.${check.kind}`),
      c(check.ok ? "checks.ok" : "checks.failed"),
      check.count,
      check.expected,
    ]);
  }
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 60;
  [3, 4, 5, 6].forEach((i) => (sheet.getColumn(i).width = 14));
}

function rulesSheet(workbook: ExcelJS.Workbook, view: TReportView) {
  const c = view.t;
  const sheet = workbook.addWorksheet(c("sheets.rules"));
  addTitle(sheet, c("rules.title"));
  addRow(sheet, [c("columns.rule"), c("columns.value")], true);
  for (const rule of view.rules) addRow(sheet, [rule.label, rule.value]);
  addRow(sheet, []);
  for (const d of view.definitions) addRow(sheet, [d.label, d.text]);
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 120;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

export async function buildReportXlsx(view: TReportView): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CTIP case tracker";
  workbook.title = view.title;
  if (view.published) workbook.subject = `sha256:${view.published.sha256}`;
  aboutSheet(workbook, view);
  summarySheet(workbook, view);
  breakdownSheets(workbook, view);
  checksSheet(workbook, view);
  rulesSheet(workbook, view);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
