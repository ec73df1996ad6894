import { csvRow, UTF8_BOM } from "@/lib/export/csv";
import type { TReportView, TStatus } from "./export-view";

// The report as CSV: one row per figure, in the report's order. Headers and codes are stable
// English (for whoever loads the file into a tool); the label column is in the export's language.
// Text goes through csvRow, which neutralises formulas; the BOM makes Excel read the Khmer.

export const CSV_HEADER = [
  "section",
  "dimension",
  "key",
  "label",
  "count",
  "previous",
  "change",
  "status",
] as const;

export type TCsvRow = {
  section: string;
  dimension: string;
  /** The enum value, band, or ISO code; "" for a total, an unspecified row or a withheld one. */
  key: string;
  label: string;
  count: number | null;
  previous: number | null;
  /** The change in percent as a number (72.83), or "new", "none", "suppressed"; null if none. */
  change: number | string | null;
  status: TStatus;
};

/** Every figure of the view as a flat row. */
export function reportCsvRows(view: TReportView): TCsvRow[] {
  const rows: TCsvRow[] = [];
  const row = (r: Partial<TCsvRow> & Pick<TCsvRow, "section" | "dimension" | "label">) =>
    rows.push({ key: "", count: null, previous: null, change: null, status: "", ...r });
  // A published copy names itself first, in the same columns, so the file stays one table:
  // section "published", the fact in `dimension`, its machine form in `key` (decision 0031).
  for (const fact of view.published?.rows ?? []) {
    row({ section: "published", dimension: fact.key, key: fact.code, label: fact.label });
  }
  for (const section of view.sections) {
    const { total } = section;
    row({
      section: section.id,
      dimension: "total",
      label: section.title,
      count: total.count,
      previous: total.previous,
      change: total.changePercent ?? total.change,
      status: total.status,
    });
    for (const b of section.breakdowns) {
      if (b.withheld) {
        row({
          section: section.id,
          dimension: b.dimension,
          label: view.t("withheldNote"),
          status: "withheld",
        });
      }
      for (const r of b.rows) {
        row({
          section: section.id,
          dimension: b.dimension,
          key: r.key ?? "",
          label: r.label,
          count: r.count,
          status: r.status,
        });
      }
    }
    for (const extra of section.extras) {
      row({
        section: section.id,
        dimension: extra.dimension,
        key: extra.key ?? "",
        label: extra.label,
        count: extra.count,
      });
    }
  }
  return rows;
}

export function buildReportCsv(view: TReportView): string {
  const lines = reportCsvRows(view).map((r) => csvRow(CSV_HEADER.map((column) => r[column])));
  return UTF8_BOM + csvRow([...CSV_HEADER]) + lines.join("");
}
