import {
  parseCountryCell,
  parseEnumCell,
  parseListCell,
  parseProvinceCell,
  normaliseKey,
} from "./cell-values";
import { COLUMNS, type ColumnDef, type ImportKind } from "./columns";
import { isFormulaInjection } from "./formula";
import type { ParsedTable } from "./parse-file";

/** One problem in one cell. `row` counts the header as row 1; `column` is the header as written;
 * `message` is a key of the `validation` catalogue, or of `import.issues` when it starts so, and
 * `values` fill its placeholders (lib/validation/error-map.ts). */
export type ImportIssue = {
  row: number;
  column: string;
  message: string;
  values?: Record<string, string | number>;
};

export type Refusal = { messageKey: string; params?: Record<string, string | number> };

/** The file's columns in order: the definition each header names, or null for a blank header;
 * `lang`, the template language its headers are in (Khmer if any header is a Khmer one). */
export type ColumnMap = { headers: string[]; defs: (ColumnDef | null)[]; lang?: "en" | "km" };

export function mapHeaders(kind: ImportKind, headers: string[]): ColumnMap | Refusal {
  const byName = new Map<string, ColumnDef>();
  for (const def of COLUMNS[kind]) {
    for (const name of [def.en, def.km, def.field, ...(def.formerKm ?? [])])
      byName.set(normaliseKey(name), def);
  }
  const seen = new Set<string>();
  const defs: (ColumnDef | null)[] = [];
  let lang: "en" | "km" = "en";
  for (const header of headers) {
    if (header.trim() === "") {
      defs.push(null);
      continue;
    }
    const def = byName.get(normaliseKey(header));
    if (!def) return { messageKey: "unknownColumn", params: { column: header } };
    if (seen.has(def.field)) return { messageKey: "duplicateColumn", params: { column: header } };
    seen.add(def.field);
    if ([def.km, ...(def.formerKm ?? [])].some((km) => normaliseKey(km) === normaliseKey(header)))
      lang = "km";
    defs.push(def);
  }
  const missing = COLUMNS[kind].find((def) => def.required && !seen.has(def.field));
  // A missing column is named as the file's other headers are written, so it can be added as is.
  if (missing) return { messageKey: "missingColumn", params: { column: missing[lang] } };
  return { headers, defs, lang };
}

export function isRefusal(value: object): value is Refusal {
  return "messageKey" in value;
}

/** The header a field's errors are reported under: as written in the file, else in the
 * language of the file's headers. */
export function headerOf(kind: ImportKind, map: ColumnMap, field: string): string {
  const name = field === "caseId" ? "caseReference" : field;
  const index = map.defs.findIndex((d) => d?.field === name);
  if (index >= 0) return map.headers[index] ?? name;
  return COLUMNS[kind].find((d) => d.field === name)?.[map.lang ?? "en"] ?? name;
}

const columnLabel = (map: ColumnMap, col: number) => map.headers[col]?.trim() || `#${col + 1}`;

// A date column holding a date and a time: the import does not guess which time column the time
// belongs in, or whether it is Phnom Penh's, so it names the cell (docs/decisions/0020).
const DATE_FIELD = /On$|^dateOfBirth$/;
const DATE_WITH_TIME = /^\s*\d{4}-\d{2}-\d{2}[ T]\d/;

/** Every cell that would run as a formula, every date cell with a time, and every cell with no
 * header above it. */
export function scanCells(table: ParsedTable, map: ColumnMap, limit: number): ImportIssue[] {
  const issues: ImportIssue[] = table.formulaCells.map(({ row, col }) => ({
    row,
    column: columnLabel(map, col),
    message: "import.issues.formula",
  }));
  for (const { row, cells } of table.rows) {
    if (issues.length >= limit) break;
    cells.forEach((value, col) => {
      if (value === "") return;
      const def = map.defs[col];
      if (!def) {
        issues.push({ row, column: columnLabel(map, col), message: "import.issues.noHeader" });
      } else if (isFormulaInjection(value)) {
        issues.push({ row, column: columnLabel(map, col), message: "import.issues.formula" });
      } else if (DATE_FIELD.test(def.field) && DATE_WITH_TIME.test(value)) {
        issues.push({ row, column: columnLabel(map, col), message: "import.issues.dateWithTime" });
      }
    });
  }
  return issues.sort((a, b) => a.row - b.row);
}

function cellValue(def: ColumnDef, raw: string): unknown {
  switch (def.cell.type) {
    case "enum":
      return parseEnumCell(raw, def.cell.enumName, def.cell.values);
    case "list":
      return parseListCell(raw, def.cell.enumName, def.cell.values);
    case "province":
      return parseProvinceCell(raw);
    case "caseReference":
      return raw.trim().toUpperCase();
    default:
      return def.field === "nationality" || def.field === "rescueCountry"
        ? parseCountryCell(raw)
        : raw;
  }
}

/** A row as the matching form would submit it (strings, blanks for empty cells). */
export function rowToInput(map: ColumnMap, cells: string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  map.defs.forEach((def, col) => {
    if (def) input[def.field] = cellValue(def, cells[col] ?? "");
  });
  return input;
}
