import ExcelJS from "exceljs";
import Papa from "papaparse";
import { MAX_ROWS, type FileType } from "./file-type";
import { checkXlsx } from "./xlsx-guard";

// Reads a CSV or the first worksheet of an XLSX into strings, keeping each row's number as the
// person sees it (the header is row 1), so every error can point at the right line.

export type ParsedRow = { row: number; cells: string[] };
export type ParsedTable = {
  headers: string[];
  rows: ParsedRow[];
  /** XLSX cells holding a formula: refused whatever their cached result. */
  formulaCells: { row: number; col: number }[];
};
export type ParseResult = { ok: true; table: ParsedTable } | { ok: false; messageKey: string };

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

function parseCsv(bytes: Uint8Array): ParseResult {
  // TextDecoder drops a leading byte-order mark, which Excel writes for UTF-8 CSVs.
  const text = new TextDecoder("utf-8").decode(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [headers = [], ...records] = parsed.data;
  if (records.length > MAX_ROWS + 1) return { ok: false, messageKey: "tooManyRows" };
  const rows: ParsedRow[] = [];
  records.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push({ row: i + 2, cells });
  });
  if (rows.length > MAX_ROWS) return { ok: false, messageKey: "tooManyRows" };
  return { ok: true, table: { headers, rows, formulaCells: [] } };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date cell as the form would take it: a calendar date, or a time if the cell holds only one.
 * A date AND a time is kept whole ("2017-06-15 14:30"), so the date column refuses it by name
 * rather than the time being silently dropped (scanCells). */
export function dateText(d: Date): string {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  // Excel stores a time of day alone as a date on 30 December 1899.
  if (d.getUTCFullYear() < 1900) return time;
  const date = d.toISOString().slice(0, 10);
  const midnight = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() === 0;
  return midnight ? date : `${date} ${time}`;
}

function cellText(value: ExcelJS.CellValue): string | { formula: true } {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("formula" in value || "sharedFormula" in value) return { formula: true };
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}

async function parseXlsx(bytes: Uint8Array): Promise<ParseResult> {
  // Before ExcelJS, which unzips everything into memory: see xlsx-guard.ts.
  const guard = await checkXlsx(bytes);
  if (!guard.ok) return guard;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    );
  } catch {
    return { ok: false, messageKey: "unreadable" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, messageKey: "empty" };
  if (sheet.actualRowCount > MAX_ROWS + 1) return { ok: false, messageKey: "tooManyRows" };
  const headers: string[] = [];
  const rows: ParsedRow[] = [];
  const formulaCells: ParsedTable["formulaCells"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    let hasFormula = false;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const text = cellText(cell.value);
      if (typeof text === "string") cells[col - 1] = text;
      else {
        cells[col - 1] = "";
        hasFormula = true;
        formulaCells.push({ row: rowNumber, col: col - 1 });
      }
    });
    const filled = Array.from(cells, (c) => c ?? "");
    if (rowNumber === 1) headers.push(...filled);
    else if (hasFormula || !isBlank(filled)) {
      rows.push({ row: rowNumber, cells: filled });
    }
  });
  return { ok: true, table: { headers, rows, formulaCells } };
}

export async function parseFile(type: FileType, bytes: Uint8Array): Promise<ParseResult> {
  return type === "csv" ? parseCsv(bytes) : parseXlsx(bytes);
}
