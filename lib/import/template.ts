import ExcelJS from "exceljs";
import { csvRow, UTF8_BOM } from "@/lib/export/csv";
import { addSafeRow } from "@/lib/export/xlsx";
import en from "@/lib/i18n/messages/en.json";
import { COLUMNS, type ColumnDef, type ImportKind } from "./columns";

// The empty templates a user downloads: the headers in English or Khmer, and in the XLSX a
// second sheet saying what each column accepts, with an example.

export type TemplateFormat = "csv" | "xlsx";
export type TemplateLang = "en" | "km";

type Labels = Record<string, Record<string, string>>;

export function allowedValues(kind: ImportKind, def: ColumnDef): string {
  switch (def.cell.type) {
    case "enum":
    case "list": {
      const labels = (en.enums as Labels)[def.cell.enumName] ?? {};
      const values = def.cell.values.map((v) => (labels[v] ? `${v} (${labels[v]})` : v));
      return (def.cell.type === "list" ? "Several, separated by ; — " : "") + values.join(", ");
    }
    case "province":
      return "Province name in English or Khmer, or its ISO number (1–25), e.g. Phnom Penh or 12";
    case "caseReference":
      return "The reference of an existing case you may see, e.g. PNP-2017-0001";
    default:
      if (/On$|dateOfBirth/.test(def.field)) {
        return "A date, YYYY-MM-DD, with no time (a date-time is refused: put the time in its own column)";
      }
      if (/Time$/.test(def.field)) return "A time, HH:MM (Phnom Penh)";
      if (/^age/.test(def.field)) return "Whole years, 0–120, only if no date of birth";
      if (def.field === "nationality") {
        // Victims have no "foreign, nationality not known" column (lib/data/victim-fields.ts).
        return kind === "victims"
          ? "ISO country code (KH, TH, VN…), or blank if not known (FOREIGN is for suspects only)"
          : "ISO country code (KH, TH, VN…), FOREIGN (nationality not known), or blank";
      }
      if (def.field === "rescueCountry")
        return "ISO country code, or UNKNOWN (rescued abroad only)";
      return "Text";
  }
}

export async function buildTemplate(kind: ImportKind, format: TemplateFormat, lang: TemplateLang) {
  const columns = COLUMNS[kind];
  const headers = columns.map((c) => c[lang]);
  if (format === "csv") return new TextEncoder().encode(UTF8_BOM + csvRow(headers));
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(kind);
  addSafeRow(data, headers).font = { bold: true };
  data.columns.forEach((column) => (column.width = 24));
  const help = workbook.addWorksheet("Allowed values");
  addSafeRow(help, ["Column", "Required", "Allowed values", "Example"]).font = { bold: true };
  for (const def of columns) {
    addSafeRow(help, [
      def[lang],
      def.required ? "yes" : "no",
      allowedValues(kind, def),
      def.example,
    ]);
  }
  help.columns.forEach((column, i) => (column.width = i === 2 ? 80 : 28));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
