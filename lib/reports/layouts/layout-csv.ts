import { csvRow, UTF8_BOM } from "@/lib/export/csv";
import type { TLayoutView } from "./layout-view";

// A layout as CSV: first what the file is (layout, period, generatedAt, scope, version), then one
// row per figure, then the rules in words and the checks. Headers and codes are stable English;
// labels are in the file's language. Text goes through csvRow, which neutralises formulas.

export const LAYOUT_CSV_HEADER = ["table", "key", "label", "count", "status", "text"] as const;

type TRow = Partial<Record<(typeof LAYOUT_CSV_HEADER)[number], string | number | null>>;

export function layoutCsvRows(view: TLayoutView): TRow[] {
  const [period, generatedAt, scope, variant] = view.lines;
  const rows: TRow[] = [
    { table: "about", key: "layout", label: view.layoutName, text: view.title },
    { table: "about", key: "period", label: period },
    { table: "about", key: "generatedAt", label: generatedAt },
    { table: "about", key: "scope", label: scope },
    { table: "about", key: "variant", label: variant, status: view.variant },
  ];
  for (const table of view.tables) {
    for (const r of table.rows) {
      rows.push({
        table: table.id,
        key: r.key,
        label: r.label,
        count: r.count,
        status: r.status,
        text: r.text,
      });
    }
  }
  for (const rule of view.rules) rows.push({ table: "rules", label: rule.label, text: rule.value });
  for (const d of view.definitions) rows.push({ table: "definitions", key: d.key, label: d.text });
  for (const c of view.checks) {
    rows.push({
      table: "checks",
      key: c.id,
      label: c.label,
      count: c.count,
      status: c.ok ? "ok" : "failed",
    });
  }
  return rows;
}

export function buildLayoutCsv(view: TLayoutView): string {
  const lines = layoutCsvRows(view).map((r) => csvRow(LAYOUT_CSV_HEADER.map((c) => r[c] ?? "")));
  return UTF8_BOM + csvRow([...LAYOUT_CSV_HEADER]) + lines.join("");
}
