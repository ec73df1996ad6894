// `npm run bench:upload`: hostile uploads through the real import (importRecords, as the route
// calls it), measuring for each: the time to its refusal, the process's RSS growth (peak RSS,
// sampled every 20 ms, minus the RSS before), and what the other users feel meanwhile: the
// event loop's delay and the latency of a cheap query (SELECT of one user) run every 50 ms. The
// floor is that query's latency with no upload, measured in the same run. Runs in its own
// database (CTIP_BENCH_DB, default ctip_bench_upload) on DATABASE_URL's server.
import { monitorEventLoopDelay } from "node:perf_hooks";
import os from "node:os";
import { createPrismaClient } from "@/lib/db-client";
import { createUser } from "@/prisma/factories";
import { cellBombXlsx, freshBenchDatabase, newlinesCsv } from "./upload-files";
import { SECRETARIAT } from "@/lib/domain/agencies";

const DB_NAME = process.env.CTIP_BENCH_DB?.replace(/[^a-z0-9_]/g, "") || "ctip_bench_upload";
const PARALLEL = 5;

type Sample = { latencies: number[]; peakRss: number };

/** The "other users": a cheap query every 50 ms, and the RSS every 20 ms, until stopped. */
function watch(query: () => Promise<unknown>) {
  const sample: Sample = { latencies: [], peakRss: process.memoryUsage.rss() };
  let running = true;
  const rss = setInterval(() => {
    sample.peakRss = Math.max(sample.peakRss, process.memoryUsage.rss());
  }, 20);
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await query();
      sample.latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    clearInterval(rss);
    return sample;
  };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
};
const ms = (v: number) => `${v.toFixed(0)} ms`;
const mb = (v: number) => `${(v / 2 ** 20).toFixed(0)} MB`;

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("Set DATABASE_URL to a local PostgreSQL server.");
  const url = await freshBenchDatabase(base, DB_NAME);
  process.env.DATABASE_URL = url; // lib/db reads it on first use
  const db = createPrismaClient(url, 4);
  const staff = await createUser(db, {
    email: "bench-upload@test.invalid",
    name: "Bench",
    role: "STAFF",
    password: "Correct-Horse-Battery-42",
    nationalScope: true,
  });
  const user = {
    ...staff,
    ...SECRETARIAT,
    provinceIds: [],
    mustChangePassword: false,
    sessionId: null,
  };
  const { importRecords } = await import("@/lib/import/run-import");
  const { closeImportConnection } = await import("@/lib/import/import-connection");
  const cheapQuery = () => db.user.findUnique({ where: { id: staff.id }, select: { id: true } });

  const files = {
    "XLSX, 3,000,000 one-digit cells": cellBombXlsx(100_000, 30, "bomb.xlsx"),
    "XLSX, 1,600,000 cells (the most the guard lets through)": cellBombXlsx(100_000, 16, "w.xlsx"),
    "CSV, 10 MB of line breaks": newlinesCsv(),
  };
  const cpus = os.cpus();
  console.log(`machine: ${cpus[0]?.model ?? "?"} × ${cpus.length}, load ${os.loadavg()[0]}`);

  // The floor: the cheap query with nothing else running.
  await cheapQuery();
  const stopFloor = watch(cheapQuery);
  await new Promise((r) => setTimeout(r, 2_000));
  const floor = await stopFloor();
  const floorP50 = pct(floor.latencies, 50);
  console.log(`floor: cheap query p50 ${ms(floorP50)}, max ${ms(Math.max(...floor.latencies))}`);

  // BENCH_ONLY=CSV (a part of a label) runs only the matching files.
  const only = process.env.BENCH_ONLY ?? "";
  const chosen = Object.entries(files).filter(([label]) => label.includes(only));
  for (const [label, file] of chosen) {
    for (const count of [1, PARALLEL]) {
      global.gc?.();
      const before = process.memoryUsage.rss();
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const stop = watch(cheapQuery);
      const started = performance.now();
      const times: number[] = [];
      const results = await Promise.all(
        Array.from({ length: count }, async () => {
          const r = await importRecords(user, file, { ip: null, userAgent: "bench" });
          times.push(performance.now() - started);
          return r;
        }),
      );
      const sample = await stop();
      loop.disable();
      const keys = [...new Set(results.map((r) => (r.ok ? "IMPORTED" : r.messageKey)))];
      const others = sample.latencies;
      console.log(
        `${label} × ${count}: refused as ${keys.join(", ")} in ${ms(Math.max(...times))} ` +
          `(first ${ms(Math.min(...times))}); RSS +${mb(sample.peakRss - before)}; ` +
          `event loop delay max ${ms(loop.max / 1e6)}, p99 ${ms(loop.percentile(99) / 1e6)}; ` +
          `cheap query p50 ${ms(pct(others, 50))}, max ${ms(Math.max(...others))} ` +
          `(${(pct(others, 50) / floorP50).toFixed(1)}× / ${(Math.max(...others) / floorP50).toFixed(1)}× the floor's p50)`,
      );
    }
  }
  const refusals = await db.auditEvent.count({ where: { action: "import.refused" } });
  const expected = chosen.length * (1 + PARALLEL);
  console.log(`import.refused rows: ${refusals} of ${expected}`);
  await closeImportConnection();
  await db.$disconnect();
  process.exit(refusals === expected ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
