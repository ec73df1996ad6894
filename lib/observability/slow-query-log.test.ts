import { describe, expect, it } from "vitest";
import { createMemoryLog } from "@/lib/testing/memory-log";
import { createLogger } from "./logger";
import { metrics } from "./metrics";
import {
  DEFAULT_SLOW_QUERY_MS,
  logSlowQueries,
  slowQueryThreshold,
  tableOf,
} from "./slow-query-log";

type Listener = (event: { duration: number; query: string; params: string }) => void;

/** Stands in for a Prisma client's query events: what `$on("query")` hands its listener. */
function queryEmitter() {
  const listeners: Listener[] = [];
  return {
    $on: (_: "query", listener: Listener) => void listeners.push(listener),
    emit: (event: Parameters<Listener>[0]) => listeners.forEach((l) => l(event)),
    listeners,
  };
}

async function slowCount(table: string) {
  const metric = await metrics().slowQueries.get();
  return metric.values.find((v) => v.labels.model === table)?.value ?? 0;
}

describe("slowQueryThreshold", () => {
  it("defaults to 200 ms, reads a number, and is off only when asked", () => {
    expect(slowQueryThreshold(undefined)).toBe(DEFAULT_SLOW_QUERY_MS);
    expect(slowQueryThreshold("")).toBe(DEFAULT_SLOW_QUERY_MS);
    expect(slowQueryThreshold("50")).toBe(50);
    expect(slowQueryThreshold("0")).toBe(0);
    expect(slowQueryThreshold("-5")).toBe(DEFAULT_SLOW_QUERY_MS);
    expect(slowQueryThreshold("fast")).toBe(DEFAULT_SLOW_QUERY_MS);
    expect(slowQueryThreshold("off")).toBeNull();
    expect(slowQueryThreshold(" OFF ")).toBeNull();
  });
});

describe("tableOf", () => {
  it.each([
    ['SELECT "public"."victim"."id" FROM "public"."victim" WHERE "id" = $1', "victim"],
    ['INSERT INTO "public"."audit_event" ("id") VALUES ($1)', "audit_event"],
    ['UPDATE "public"."case" SET "title" = $1', "case"],
    ["SELECT count(*)::int AS n FROM sign_in_attempt WHERE email = $1", "sign_in_attempt"],
    ["SELECT 1", "other"],
  ])("%s → %s", (sql, table) => {
    expect(tableOf(sql)).toBe(table);
  });
});

describe("logSlowQueries", () => {
  it("logs and counts queries at or over the threshold, with their SQL and never their values", async () => {
    const emitter = queryEmitter();
    const memory = createMemoryLog();
    const log = createLogger(memory);
    logSlowQueries(emitter, "100", () => log);
    const before = await slowCount("victim");

    const sql = 'SELECT "id" FROM "public"."victim" WHERE "name" ILIKE $1 AND "dob" = $2';
    const params = JSON.stringify(["%Sokha Chan%", "1999-04-02"]);
    emitter.emit({ duration: 99.9, query: sql, params });
    emitter.emit({ duration: 100, query: sql, params });
    emitter.emit({ duration: 2_345.67, query: sql, params });

    expect(await slowCount("victim")).toBe(before + 2);
    expect(memory.lines).toHaveLength(2);
    expect(memory.lines[1]).toMatchObject({
      levelName: "warn",
      msg: "slow query",
      durationMs: 2345.7,
      table: "victim",
      sql,
    });
    const text = JSON.stringify(memory.lines);
    expect(text).not.toContain("Sokha");
    expect(text).not.toContain("1999-04-02");
  });

  it("listens to nothing when the log is off", () => {
    const emitter = queryEmitter();
    logSlowQueries(emitter, "off");
    expect(emitter.listeners).toHaveLength(0);
  });
});
