// CSV that spreadsheet programs open safely (decision 0019 and OWASP's advice on CSV injection).
// - Every field is quoted. A field left bare is split wherever the reader's list separator falls:
//   under a `;` locale, a user agent "x;=cmd|…" became a cell of its own starting with "=".
// - A value whose first non-blank character starts a formula (= + - @), or that starts with a tab
//   or carriage return, is prefixed with a quote: Excel and LibreOffice run " =1+1" too. Quoting
//   the field does not help with this: programs still evaluate a quoted "=1+1".
// - Plain numbers (-2, +3, -0.25, 1e-7) are left as they are: they cannot run, and stay numbers
//   (the same rule as the import's, lib/import/formula.ts).
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The text as a spreadsheet shows it, never runs it: the one rule for every CSV and XLSX. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function csvCell(value: unknown): string {
  return `"${neutraliseFormula(textOf(value)).replaceAll('"', '""')}"`;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A UTF-8 byte-order mark, so Excel reads Khmer text in a CSV correctly. */
export const UTF8_BOM = "\uFEFF";
