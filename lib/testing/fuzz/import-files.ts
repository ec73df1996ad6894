import ExcelJS from "exceljs";
import type { ImportKind } from "@/lib/import/columns";
import { csvFile, victimRow } from "@/lib/testing/import-files";
import type { ImportFile } from "@/lib/import/run-import";
import { uniqueKey } from "../db";

// Valid rows for the import fuzz, and the files that carry one hostile cell among them.

export type References = { own: string; foreign: string };

export function validRow(kind: ImportKind, refs: References): Record<string, unknown> {
  if (kind === "cases") {
    return {
      "Offence type": "HUMAN_TRAFFICKING",
      Province: "Phnom Penh",
      "Lead agency": "Anti-Human Trafficking Police",
      "Crack-down date": "2017-06-15",
      "Crack-down time": "08:30",
      Status: "OPEN",
      Summary: "Fuzz",
    };
  }
  if (kind === "suspects") {
    return {
      "Case reference": refs.own,
      Name: `Suspect ${uniqueKey()}`,
      Sex: "MALE",
      "Date of birth": "1980-02-29",
      Age: "",
      Nationality: "TH",
      Role: "BROKER",
      "Arrest date": "2017-06-15",
      "Arrest time": "08:30",
      "Arresting unit": "Anti-Human Trafficking Police",
      Charges: "Article 15",
      "Court outcome": "PENDING",
    };
  }
  return {
    ...victimRow(),
    "Case reference": "",
    "Age at rescue": "",
    "Rescue time": "22:15",
    "Country of rescue": "",
  };
}

/** An XLSX whose cells keep their types: numbers, dates, formulas, rich text, errors. */
async function xlsxFile(kind: ImportKind, row: Record<string, unknown>): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  const headers = Object.keys(row);
  sheet.addRow(headers);
  sheet.addRow(headers.map((h) => row[h] as ExcelJS.CellValue));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { kind, name: "fuzz.xlsx", bytes };
}

export async function importFile(
  kind: ImportKind,
  format: "csv" | "xlsx",
  row: Record<string, unknown>,
): Promise<ImportFile> {
  const typed = Object.values(row).some((v) => typeof v !== "string");
  if (format === "xlsx" || typed) return xlsxFile(kind, row);
  return csvFile(kind, [row as Record<string, string>], "fuzz.csv");
}
