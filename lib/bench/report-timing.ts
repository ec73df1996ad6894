import { readFile } from "node:fs/promises";
import type pg from "pg";

// Timing for the report benchmark: the wall time of each run and the CPU time it cost, in
// PostgreSQL's backends on the bench database (read from /proc: the server is on this machine) and
// in this Node process. On a busy machine the wall time favours the report, whose parallel queries
// get a larger share of the CPU than the floor's one connection; the CPU time does not.

/** USER_HZ, the unit of /proc/<pid>/stat's times: 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time used so far by the client backends connected to the probe's database, in ms; null
 * when /proc cannot be read. A backend that ends between two readings, or a parallel worker (which
 * lives only as long as its query), is missed; the plans at these sizes use no parallel workers. */
async function backendCpuMs(probe: pg.Client): Promise<number | null> {
  const { rows } = await probe.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend'`,
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields after "(comm) ": state is [0], utime [11], stime [12].
      const stat = await readFile(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

function nodeCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export type TStats = { median: number; min: number };
export type TTiming = { wall: TStats; serverCpuMs: number | null; nodeCpuMs: number };

function stats(times: number[]): TStats {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]! };
}

/** Runs each task `runs` times, taking turns (the caller warms each up first); CPU times are per
 * run. */
export async function timeInTurns<K extends string>(
  tasks: Record<K, () => Promise<unknown>>,
  runs: number,
  probe: pg.Client,
): Promise<Record<K, TTiming>> {
  const names = Object.keys(tasks) as K[];
  const wall = new Map<K, number[]>(names.map((n) => [n, []]));
  const server = new Map<K, number | null>(names.map((n) => [n, 0]));
  const node = new Map<K, number>(names.map((n) => [n, 0]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const serverBefore = await backendCpuMs(probe);
      const nodeBefore = nodeCpuMs();
      const started = performance.now();
      await tasks[name]();
      wall.get(name)!.push(performance.now() - started);
      node.set(name, node.get(name)! + nodeCpuMs() - nodeBefore);
      const serverAfter = await backendCpuMs(probe);
      const sum = server.get(name) ?? null;
      server.set(
        name,
        sum === null || serverBefore === null || serverAfter === null
          ? null
          : sum + serverAfter - serverBefore,
      );
    }
  }
  const result = {} as Record<K, TTiming>;
  for (const name of names) {
    const cpu = server.get(name)!;
    result[name] = {
      wall: stats(wall.get(name)!),
      serverCpuMs: cpu === null ? null : cpu / runs,
      nodeCpuMs: node.get(name)! / runs,
    };
  }
  return result;
}
