import type { Logger } from "pino";
import { logger } from "./logger";
import { metrics } from "./metrics";

// The slow-query log: each query the app's client runs that takes longer than SLOW_QUERY_MS
// (default 200; "off" turns it off) is written as one JSON line with its duration and its SQL,
// and counted in ctip_db_slow_queries_total by table. Only the SQL text: its parameters hold
// names, dates of birth and search terms, so they are never read.

export const DEFAULT_SLOW_QUERY_MS = 200;

/** What a Prisma client must be built with for its queries to be timed (lib/db-client.ts). */
export const QUERY_EVENTS = [{ emit: "event", level: "query" }] as const;

type QueryEvent = { duration: number; query: string };
type QueryEmitter = { $on(event: "query", listener: (event: QueryEvent) => void): void };

/** The threshold in milliseconds, or null when the log is off. A bad value is the default. */
export function slowQueryThreshold(raw: string | undefined): number | null {
  if (raw?.trim().toLowerCase() === "off") return null;
  const ms = Number(raw);
  return raw?.trim() && Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_SLOW_QUERY_MS;
}

/** The table a statement reads or writes first, as the counter's label: a name from the app's own
 * SQL (so a bounded set), or "other". */
export function tableOf(sql: string): string {
  const match = /\b(?:from|into|update|join)\s+(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/i.exec(sql);
  const table = match?.[1]?.toLowerCase();
  return table && table.length <= 63 ? table : "other";
}

/** What the log writes for a slow query: its duration, its table and its SQL text, only. */
export function slowQueryLine(event: QueryEvent) {
  return {
    durationMs: Math.round(event.duration * 10) / 10,
    table: tableOf(event.query),
    sql: event.query.slice(0, 4_000),
  };
}

/** Logs and counts the client's slow queries, per SLOW_QUERY_MS. */
export function logSlowQueries(
  client: QueryEmitter,
  raw = process.env.SLOW_QUERY_MS,
  log: () => Logger = logger,
) {
  const threshold = slowQueryThreshold(raw);
  if (threshold === null) return;
  client.$on("query", (event) => {
    if (event.duration < threshold) return;
    const line = slowQueryLine(event);
    metrics().slowQueries.inc({ model: line.table });
    log().warn(line, "slow query");
  });
}
