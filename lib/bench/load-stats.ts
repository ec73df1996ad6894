// The load benchmark's arithmetic and its one table: percentiles, ratios against a floor measured
// in the same run, and a PASS/MISS verdict per line. Pure.

/** The p-th percentile (0–100) by nearest rank: a latency some request actually had. NaN if none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export type TLatency = { p50: number; p95: number; p99: number };

export function latencyOf(values: readonly number[]): TLatency {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

/** a / b, or NaN when b is zero or either is not a number (a run that served nothing). */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN;
}

export type TTarget = { kind: "min" | "max"; value: number; label: string };

export const atLeast = (value: number, label: string): TTarget => ({ kind: "min", value, label });
export const atMost = (value: number, label: string): TTarget => ({ kind: "max", value, label });

/** PASS when the figure meets its target; a figure that could not be measured is a MISS. */
export function verdict(figure: number, target: TTarget): "PASS" | "MISS" {
  if (!Number.isFinite(figure)) return "MISS";
  return (target.kind === "min" ? figure >= target.value : figure <= target.value)
    ? "PASS"
    : "MISS";
}

export type TRow = { label: string; figure: string; target?: string; verdict?: "PASS" | "MISS" };

/** A row with a target: the figure shown as `shown`, judged on `figure`. */
export function judged(label: string, figure: number, shown: string, target: TTarget): TRow {
  return { label, figure: shown, target: target.label, verdict: verdict(figure, target) };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

export function formatRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : "n/a";
}

/** Section headings (rows with only a label) and aligned columns: label, figure, target, verdict. */
export function formatTable(rows: readonly TRow[]): string {
  const body = rows.filter((r) => r.figure !== "");
  const width = (pick: (r: TRow) => string) => Math.max(0, ...body.map((r) => pick(r).length));
  const w = [width((r) => r.label), width((r) => r.figure), width((r) => r.target ?? "")];
  return rows
    .map((r) => {
      if (r.figure === "") return `\n${r.label}`;
      const cells = [r.label.padEnd(w[0]!), r.figure.padEnd(w[1]!)];
      if (r.target !== undefined || r.verdict) {
        cells.push((r.target ?? "").padEnd(w[2]!), r.verdict ?? "");
      }
      return `  ${cells.join("  ").trimEnd()}`;
    })
    .join("\n")
    .replace(/^\n/, "");
}

/** How many of the judged rows missed their target. */
export const countMisses = (rows: readonly TRow[]) =>
  rows.filter((r) => r.verdict === "MISS").length;
