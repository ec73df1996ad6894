import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// The process's Prometheus metrics, in one registry. The production server (lib/server/start.ts)
// and Next's bundles load this module separately, so the registry lives on globalThis: both
// record into the same one, and /api/metrics serves it.

/** What the pool gauge reads of a pg Pool. */
export type PoolCounts = { totalCount: number; idleCount: number; waitingCount: number };

type Metrics = {
  /** The pools the gauge reports, by name ("primary", "replica"); see registerPool. */
  pools: Map<string, PoolCounts>;
  registry: Registry;
  /** Request durations by method, route pattern and status class, from the HTTP server. */
  httpDuration: Histogram<"method" | "route" | "status">;
  /** Requests Next is still working on, by whether their client is still there ("abandoned":
   * it left, and the work goes on), and requests waiting for a turn (lib/server/request-gate.ts). */
  httpInFlight: Gauge<"state">;
  /** Time an audited write waited for the audit chain's lock, and how long it held it. */
  auditLockWait: Histogram;
  auditLockHeld: Histogram;
  /** Connections of the primary (or replica) pool: in use, idle, and clients waiting for one. */
  poolConnections: Gauge<"pool" | "state">;
  /** Queries slower than SLOW_QUERY_MS. */
  slowQueries: Counter<"model">;
};

const KEY = Symbol.for("ctip.metrics");
const globalMetrics = globalThis as unknown as { [KEY]?: Metrics };

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const pools = new Map<string, PoolCounts>();
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    pools,
    registry,
    httpDuration: new Histogram({
      name: "ctip_http_request_duration_seconds",
      help: "HTTP request duration, by method, route pattern and status class.",
      labelNames: ["method", "route", "status"],
      buckets: seconds,
      registers: [registry],
    }),
    httpInFlight: new Gauge({
      name: "ctip_http_requests_in_flight",
      help: "Requests being handled (running, abandoned by their client) or waiting (queued).",
      labelNames: ["state"],
      registers: [registry],
    }),
    auditLockWait: new Histogram({
      name: "ctip_audit_lock_wait_seconds",
      help: "Time an audited write waited for the audit chain's lock.",
      buckets: [0.0005, 0.001, ...seconds],
      registers: [registry],
    }),
    auditLockHeld: new Histogram({
      name: "ctip_audit_lock_held_seconds",
      help: "Time from taking the audit chain's lock to the end of its transaction.",
      buckets: [0.0005, 0.001, ...seconds],
      registers: [registry],
    }),
    poolConnections: new Gauge({
      name: "ctip_db_pool_connections",
      help: "Database pool connections by pool (primary, replica) and state (total, idle, waiting).",
      labelNames: ["pool", "state"],
      registers: [registry],
      collect() {
        for (const [pool, counts] of pools) {
          this.set({ pool, state: "total" }, counts.totalCount);
          this.set({ pool, state: "idle" }, counts.idleCount);
          this.set({ pool, state: "waiting" }, counts.waitingCount);
        }
      },
    }),
    slowQueries: new Counter({
      name: "ctip_db_slow_queries_total",
      help: "Queries slower than SLOW_QUERY_MS.",
      labelNames: ["model"],
      registers: [registry],
    }),
  };
}

/** The process's metrics, created on first use. */
export function metrics(): Metrics {
  globalMetrics[KEY] ??= createMetrics();
  return globalMetrics[KEY];
}

/** Reports a pool's connections in ctip_db_pool_connections, read at each scrape. */
export function registerPool(name: string, pool: PoolCounts) {
  metrics().pools.set(name, pool);
}
