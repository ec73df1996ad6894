// CSV that spreadsheet programs open safely. A cell starting with = + - @ (or a tab or carriage
// return) would be run as a formula by Excel or LibreOffice, so it is prefixed with a quote
// (OWASP's advice on CSV injection); the value stays readable and is never executed.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  const safe =
    typeof value === "string" || typeof value === "object" ? neutraliseFormula(text) : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(values: unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A UTF-8 byte-order mark, so Excel reads Khmer text in a CSV correctly. */
export const UTF8_BOM = "\uFEFF";
