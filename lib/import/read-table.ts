import { checkFile } from "./file-type";
import { isRefusal, mapHeaders, scanCells, type ColumnMap } from "./map-rows";
import { parseFile, type ParsedTable } from "./parse-file";
import { MAX_ISSUES, refuse, withIssues, type ImportRefusal } from "./refusal";
import type { ImportFile } from "./run-import";

// The import's first half, which needs no database: the file's type and size, its parsing (in a
// worker), its headers and its cells. Everything refused here is refused before the route
// answers, so the answer's status says why (refusal.ts).

export type TableRead =
  | { ok: true; table: ParsedTable; map: ColumnMap }
  | { ok: false; refusal: ImportRefusal; rows: number | null };

export async function readTable(file: ImportFile): Promise<TableRead> {
  const checked = checkFile(file.name, file.bytes);
  if (!checked.ok) return { ok: false, refusal: refuse(checked.messageKey), rows: null };
  const parsed = await parseFile(checked.type, file.bytes);
  if (!parsed.ok) return { ok: false, refusal: refuse(parsed.messageKey), rows: null };
  const table = parsed.table;
  const rows = table.rows.length;
  const map = mapHeaders(file.kind, table.headers);
  if (isRefusal(map)) return { ok: false, refusal: refuse(map.messageKey, map.params), rows };
  if (rows === 0) return { ok: false, refusal: refuse("noRows"), rows };
  const unsafe = scanCells(table, map, MAX_ISSUES + 1);
  if (unsafe.length > 0) {
    const formula = unsafe.some((issue) => issue.message === "import.issues.formula");
    return {
      ok: false,
      refusal: withIssues(formula ? "unsafeCells" : "invalidRows", unsafe),
      rows,
    };
  }
  return { ok: true, table, map };
}
