import type { TListFloor } from "./load-floor";
import type { TPageRun } from "./load-pages";
import type { TSave } from "./load-saves";
import {
  atLeast,
  atMost,
  formatMs,
  formatRatio,
  judged,
  latencyOf,
  ratio,
  type TRow,
} from "./load-stats";
import { lostUpdatesOf, type TSaveCheck } from "./load-verify";

// The load benchmark's figures as one table, each against its target from issue 15. Pure.

export type TLoadFigures = {
  pages: TPageRun[];
  floors: TListFloor[];
  lone: TSave[];
  mix: TSave[];
  check: TSaveCheck;
  writers: number;
  cases: number;
  memoryMb: { before: number; after: number };
};

const THROUGHPUT_TARGET = atLeast(1 / 3, "≥ 0.33× sign-in");

function pageFigure(run: TPageRun): string {
  const { p50, p95, p99 } = run.latency;
  return [
    `${run.perSecond.toFixed(1).padStart(6)} req/s`,
    `p50 ${formatMs(p50).padStart(7)}`,
    `p95 ${formatMs(p95).padStart(7)}`,
    `p99 ${formatMs(p99).padStart(7)}`,
    `non-2xx ${String(run.non2xx + run.errors).padStart(3)}`,
    `${run.kb.toFixed(0).padStart(4)} KB`,
  ].join("  ");
}

/** Latencies near the run's length are cut short by it (unanswered requests are not counted). */
const cutNote = (run: TPageRun) =>
  run.latency.p99 > 800 * run.seconds || run.requests === 0 ? " (cut: lengthen --duration)" : "";

export function pageRows(pages: readonly TPageRun[]): TRow[] {
  const rows: TRow[] = [];
  for (const c of [...new Set(pages.map((p) => p.connections))]) {
    rows.push({
      label: `Pages at ${c} connections (throughput as a ratio to sign-in's)`,
      figure: "",
    });
    const mine = pages.filter((p) => p.connections === c);
    const reference = mine.find((p) => p.path === "/sign-in");
    for (const run of mine) {
      if (run === reference) {
        rows.push({ label: run.name, figure: `${pageFigure(run)}  = 1.00×${cutNote(run)}` });
        continue;
      }
      const r = ratio(run.perSecond, reference?.perSecond ?? NaN);
      const figure = `${pageFigure(run)}  = ${formatRatio(r)}${cutNote(run)}`;
      rows.push(judged(run.name, r, figure, THROUGHPUT_TARGET));
    }
  }
  return rows;
}

export function floorRows(floors: readonly TListFloor[]): TRow[] {
  const rows: TRow[] = [
    { label: "Lists, sequential: server time against the same SQL sent directly", figure: "" },
  ];
  for (const f of floors) {
    const r = ratio(f.serverMs, f.sqlMs);
    const figure = `server ${formatMs(f.serverMs)}, SQL ${formatMs(f.sqlMs)} (${f.statements} statements)  = ${formatRatio(r)}`;
    rows.push(judged(`${f.kind} (${f.path})`, r, figure, atMost(2, "≤ 2×")));
  }
  return rows;
}

const latencyFigure = (saves: readonly TSave[]) => {
  const { p50, p95, p99 } = latencyOf(saves.map((s) => s.ms));
  const kb = saves.reduce((n, s) => n + s.kb, 0) / Math.max(1, saves.length);
  return `p50 ${formatMs(p50)}, p95 ${formatMs(p95)}, p99 ${formatMs(p99)}; ${kb.toFixed(0)} KB answers`;
};

export function saveRows(f: TLoadFigures): TRow[] {
  const count = (saves: readonly TSave[], o: TSave["outcome"]) =>
    saves.filter((s) => s.outcome === o).length;
  const accepted = f.mix.filter((s) => s.outcome === "accepted");
  const loneAccepted = f.lone.filter((s) => s.outcome === "accepted");
  const errors = count(f.mix, "error") + count(f.lone, "error");
  const lost = lostUpdatesOf(f.check);
  const p95 = (s: readonly TSave[]) => latencyOf(s.map((x) => x.ms)).p95;
  const slowdown = ratio(p95(accepted), p95(loneAccepted));
  return [
    {
      label: `Saves: ${f.writers} writers on ${f.cases} shared cases, and one writer alone`,
      figure: "",
    },
    {
      label: "save mix",
      figure: `${accepted.length} accepted, ${count(f.mix, "conflict")} conflicts, ${count(f.mix, "error")} errors of ${f.mix.length}`,
    },
    judged("errors (mix and lone)", errors, String(errors), atMost(0, "0")),
    judged(
      "lost updates",
      lost,
      `${lost} (missing from audit ${f.check.missingFromAudit}, wrong final value ${f.check.wrongFinalValue}, wrong version ${f.check.wrongVersion})`,
      atMost(0, "0"),
    ),
    {
      label: "applied but not answered as saved",
      figure: String(f.check.appliedUnreported),
    },
    judged(
      "audit chain",
      f.check.chainOk ? 1 : 0,
      `${f.check.chainOk ? "verifies" : "BROKEN"} (${f.check.chainChecked} events)`,
      atLeast(1, "verifies"),
    ),
    { label: "accepted saves at the mix", figure: latencyFigure(accepted) },
    { label: `lone saves (${f.lone.length}, one at a time)`, figure: latencyFigure(loneAccepted) },
    judged("accepted p95 / lone p95", slowdown, formatRatio(slowdown), atMost(10, "≤ 10×")),
  ];
}

export function memoryRows(m: TLoadFigures["memoryMb"]): TRow[] {
  const mb = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} MB` : "n/a");
  return [
    { label: "Server memory (resident set, /proc/<pid>/status)", figure: "" },
    { label: "before the load, after it", figure: `${mb(m.before)} → ${mb(m.after)}` },
  ];
}

export function loadRows(f: TLoadFigures): TRow[] {
  return [...pageRows(f.pages), ...floorRows(f.floors), ...saveRows(f), ...memoryRows(f.memoryMb)];
}
