import ExcelJS from "exceljs";
import { uniqueKey } from "./db";
import { COLUMNS, type ImportKind } from "@/lib/import/columns";
import type { ImportFile } from "@/lib/import/run-import";

// Test-only builders of import files: rows keyed by English header, written as CSV or XLSX.

// Hand-written zips and worksheet XML live in lib/testing/zip.ts, shared with the e2e suite and
// the upload benchmark.
export { cellsXml, sheetXml, zipArchive, type ZipEntry } from "@/lib/testing/zip";

export const REQUEST = { ip: "127.0.0.1", userAgent: "vitest" };

export function victimRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    Name: `Victim ${uniqueKey()}`,
    Sex: "Female",
    "Date of birth": "2001-07-04",
    Nationality: "KH",
    "Home province": "Kandal",
    "Rescue date": "2017-06-15",
    "Place of rescue": "CAMBODIA",
    "Province of rescue": "Phnom Penh",
    "Rescuing agency": "POLICE_JUDICIAL",
    Exploitation: "Labour",
    "Services referred to": "SHELTER; Medical care",
    ...overrides,
  };
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export function csvFile(kind: ImportKind, rows: Record<string, string>[], name = "import.csv") {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ""))];
  const text = `\uFEFF${lines.map((l) => l.map(quote).join(",")).join("\r\n")}\r\n`;
  return { kind, name, bytes: new TextEncoder().encode(text) } satisfies ImportFile;
}

/** An XLSX whose headers are the Khmer ones of the template. */
export async function khmerXlsxFile(kind: ImportKind, rows: Record<string, string>[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const khmer = headers.map((h) => COLUMNS[kind].find((c) => c.en === h)?.km ?? h);
  sheet.addRow(khmer);
  for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? ""));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { kind, name: "import.xlsx", bytes } satisfies ImportFile;
}
