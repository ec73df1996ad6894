// The import's parser, run in a worker thread (parse-file.ts) so that ExcelJS and papaparse,
// which work synchronously for seconds on a large file, never block the server's event loop, and
// run under the worker's own heap limit. Plain JavaScript, loaded by path: the same file runs
// under `next start` (where the app's TypeScript is bundled and could not be loaded by a worker),
// vitest and tsx. It receives { type, bytes, maxRows } and answers with a ParseResult.
import { parentPort, workerData } from "node:worker_threads";
import Papa from "papaparse";

const isBlank = (cells) => cells.every((c) => c.trim() === "");
const pad = (n) => String(n).padStart(2, "0");

/** A date cell as the form would take it: a calendar date, or a time if the cell holds only one.
 * A date AND a time is kept whole ("2017-06-15 14:30"), so the date column refuses it by name
 * rather than the time being silently dropped (scanCells in map-rows.ts). */
export function dateText(d) {
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  // Excel stores a time of day alone as a date on 30 December 1899.
  if (d.getUTCFullYear() < 1900) return time;
  const date = d.toISOString().slice(0, 10);
  const midnight = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() === 0;
  return midnight ? date : `${date} ${time}`;
}

function cellText(value) {
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

function parseCsv(bytes, maxRows) {
  // TextDecoder drops a leading byte-order mark, which Excel writes for UTF-8 CSVs.
  const text = new TextDecoder("utf-8").decode(bytes);
  // `preview` stops papaparse just past the row limit: without it, 10 MB of line breaks became
  // ten million row arrays (a gigabyte) before the limit was checked. The header and
  // maxRows + 2 lines are enough to tell (one blank line at the end is allowed). Not fastMode,
  // which papaparse picks for a text with no quote: it splits the WHOLE text into lines first.
  // The delimiter (, or ; as some Excel locales write) is guessed from the start of the file:
  // papaparse's own guess parses the whole text once per candidate delimiter, in fastMode.
  const delimiter = Papa.parse(text.slice(0, 64 * 1024), { preview: 10 }).meta.delimiter;
  const options = { skipEmptyLines: false, preview: maxRows + 3, fastMode: false, delimiter };
  const parsed = Papa.parse(text, options);
  const [headers = [], ...records] = parsed.data;
  if (records.length > maxRows + 1) return { ok: false, messageKey: "tooManyRows" };
  const rows = [];
  records.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push({ row: i + 2, cells });
  });
  if (rows.length > maxRows) return { ok: false, messageKey: "tooManyRows" };
  return { ok: true, table: { headers, rows, formulaCells: [] } };
}

async function parseXlsx(bytes, maxRows) {
  // Loaded only for an XLSX: importing ExcelJS takes longer than parsing most CSVs.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return { ok: false, messageKey: "unreadable" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, messageKey: "empty" };
  if (sheet.actualRowCount > maxRows + 1) return { ok: false, messageKey: "tooManyRows" };
  const headers = [];
  const rows = [];
  const formulaCells = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = [];
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
    else if (hasFormula || !isBlank(filled)) rows.push({ row: rowNumber, cells: filled });
  });
  return { ok: true, table: { headers, rows, formulaCells } };
}

if (parentPort && workerData) {
  const { type, bytes, maxRows } = workerData;
  const result = type === "csv" ? parseCsv(bytes, maxRows) : await parseXlsx(bytes, maxRows);
  parentPort.postMessage(result);
}
