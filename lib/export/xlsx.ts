import type ExcelJS from "exceljs";
import { neutraliseFormula } from "./csv";

// Rows for every XLSX the app writes. ExcelJS writes a string as a shared string, which no
// spreadsheet evaluates, but a user who edits such a cell (F2, Enter) turns "=…" into a live
// formula, and a copy of the sheet saved as CSV carries it bare. So strings get the same quote
// prefix as the CSV exports (lib/export/csv.ts): one rule, and the files read the same.

export type SheetCell = string | number | null | undefined;

/** Adds a row of plain values: strings as text that is shown, never run; numbers as numbers;
 * null and undefined as empty cells. */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: readonly SheetCell[]) {
  return sheet.addRow(
    values.map((v) =>
      v === null || v === undefined ? undefined : typeof v === "string" ? neutraliseFormula(v) : v,
    ),
  );
}
