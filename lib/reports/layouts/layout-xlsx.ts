import ExcelJS from "exceljs";
import { addSafeRow, type SheetCell } from "@/lib/export/xlsx";
import type { TLayoutView } from "./layout-view";

// A layout as an Excel workbook: the tables on one sheet, under the file's title, period, scope
// and version; the rules, definitions and checks on another. Counts are numbers; text is never a
// formula (addSafeRow, as export-xlsx.ts).

function addRow(sheet: ExcelJS.Worksheet, values: SheetCell[], bold = false) {
  const row = addSafeRow(sheet, values);
  if (bold) row.font = { bold: true };
  return row;
}

function layoutSheet(workbook: ExcelJS.Workbook, view: TLayoutView) {
  const { t } = view;
  const sheet = workbook.addWorksheet(t("sheets.layout"));
  addRow(sheet, [view.title]).font = { bold: true, size: 14 };
  addRow(sheet, [view.layoutName]);
  for (const line of view.lines) addRow(sheet, [line]);
  const tip = view.layout === "tip";
  for (const table of view.tables) {
    addRow(sheet, []);
    addRow(sheet, [table.title], true);
    addRow(
      sheet,
      [
        t("columns.key"),
        t("columns.label"),
        t("columns.count"),
        t("columns.status"),
        ...(tip ? [t("columns.text")] : []),
      ],
      true,
    );
    for (const r of table.rows) {
      addRow(sheet, [
        r.key,
        r.label,
        r.count ?? t("suppressedMark"),
        r.status === "" ? "" : t(`status.${r.status}`),
        ...(tip ? [r.text ?? ""] : []),
      ]);
    }
  }
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 60;
  [3, 4, 5].forEach((i) => (sheet.getColumn(i).width = 16));
}

function rulesSheet(workbook: ExcelJS.Workbook, view: TLayoutView) {
  const { t } = view;
  const sheet = workbook.addWorksheet(t("sheets.rules"));
  addRow(sheet, [t("rules.title")]).font = { bold: true, size: 14 };
  addRow(sheet, [t("columns.rule"), t("columns.value")], true);
  for (const rule of view.rules) addRow(sheet, [rule.label, rule.value]);
  addRow(sheet, []);
  for (const d of view.definitions) addRow(sheet, [d.key, d.text]);
  addRow(sheet, []);
  addRow(sheet, [t("checks.title")], true);
  addRow(
    sheet,
    [t("columns.check"), t("columns.result"), t("columns.count"), t("columns.expected")],
    true,
  );
  for (const c of view.checks) {
    addRow(sheet, [c.label, t(c.ok ? "checks.ok" : "checks.failed"), c.count, c.expected]);
  }
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 120;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

export async function buildLayoutXlsx(view: TLayoutView): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CTIP case tracker";
  workbook.title = view.title;
  layoutSheet(workbook, view);
  rulesSheet(workbook, view);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
