// `npm run bench:read-log -- [--reads 400] [--concurrency 8] [--history 20000] [--keep]`: what the
// read-access log (decision 0026) adds to opening a victim's page. In a database of its own,
// ctip_bench_read_log on DATABASE_URL's server, with 1,000 victims and an audit trail of
// --history events, a STAFF user opens random victims' pages through the page's data function,
// findVictim (the read and its one-round-trip log), and through the same read without the log
// (readVictimUnlogged), taking turns, one at a time and then --concurrency at once. Prints each
// one's median and 95th percentile and the logged read's time as a ratio of the unlogged one's,
// then verifies the chain the logged reads extended. --keep keeps the database.
import os from "node:os";
import { parseArgs } from "node:util";
import { withConnection } from "@/lib/db-pool";
import type { ActingUser } from "@/lib/auth/acting-user";
import {
  assertLocalDatabase,
  migrateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";
import { buildVictim, createUser } from "@/prisma/factories";
import { insertProvinces } from "./report-fill";
import { SECRETARIAT } from "@/lib/domain/agencies";

const DATABASE = "ctip_bench_read_log";
const VICTIMS = 1000;
const request = { ip: "127.0.0.1", userAgent: "bench:read-log" };

function readOptions() {
  const { values } = parseArgs({
    options: {
      reads: { type: "string", default: "400" },
      concurrency: { type: "string", default: "8" },
      history: { type: "string", default: "20000" },
      keep: { type: "boolean", default: false },
    },
  });
  const [reads, concurrency, history] = [values.reads, values.concurrency, values.history].map(
    Number,
  ) as [number, number, number];
  if (!Number.isInteger(reads) || reads < 20) throw new Error("--reads: at least 20");
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error("--concurrency: ≥ 1");
  if (!Number.isInteger(history) || history < 0) throw new Error("--history: ≥ 0");
  return { reads, concurrency, history, keep: values.keep };
}

async function onServer(url: string, sql: string) {
  await withConnection(url, (client) => client.query(sql));
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main() {
  const base = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocalDatabase(base);
  const { reads, concurrency, history, keep } = readOptions();
  const url = withDatabaseName(base, DATABASE);
  await onServer(
    withDatabaseName(base, "postgres"),
    `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`,
  );
  await onServer(withDatabaseName(base, "postgres"), `CREATE DATABASE ${DATABASE}`);
  migrateDatabase(url);
  // lib/db reads DATABASE_URL on first use: point it at the bench database before loading it.
  process.env.DATABASE_URL = url;
  const { db } = await import("@/lib/db");
  const { findVictim, readVictimUnlogged } = await import("@/lib/data/victim-detail");
  const { appendAuditEvents } = await import("@/lib/audit/append");
  const { verifyAuditChain } = await import("@/lib/audit/verify");
  try {
    // Provinces may come with the migrations; if not, the bench adds them as bench:report does.
    if ((await db.province.count()) === 0) {
      await withConnection(url, insertProvinces);
    }
    const u = await createUser(db, {
      email: "bench-read-log@test.invalid",
      name: "Bench Staff",
      role: "STAFF",
      password: "Bench-Read-Log-2026",
      nationalScope: false,
      provinceIds: [12],
    });
    const staff: ActingUser = {
      ...u,
      ...SECRETARIAT,
      provinceIds: [12],
      mustChangePassword: false,
      sessionId: null,
    };
    await db.victim.createMany({
      data: Array.from({ length: VICTIMS }, (_, i) =>
        buildVictim({ rescueProvinceId: 12, name: `Bench Victim ${i}` }),
      ),
    });
    const ids = (await db.victim.findMany({ select: { id: true } })).map((v) => v.id);
    for (let done = 0; done < history; done += 1000) {
      const batch = Math.min(1000, history - done);
      await appendAuditEvents(
        db,
        Array.from({ length: batch }, (_, i) => ({
          actor: staff,
          action: "victim.identity_viewed",
          entityType: "victim",
          entityId: ids[(done + i) % ids.length]!,
          provinceId: 12,
          request,
        })),
      );
    }
    const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
    const unlogged = () => readVictimUnlogged(staff, pick());
    let loggedReads = 0;
    const logged = () => {
      loggedReads++;
      return findVictim(staff, pick(), request);
    };

    const cpus = os.cpus();
    console.log(
      `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, Node ${process.version}; ` +
        `${VICTIMS} victims, ${await db.auditEvent.count()} audit events before the run`,
    );
    for (let i = 0; i < 20; i++) await Promise.all([unlogged(), logged()]);
    const before = await db.auditEvent.count();
    loggedReads = 0;

    // One at a time, taking turns (the order swapped every read), so both see the same machine.
    const times = { unlogged: [] as number[], logged: [] as number[] };
    for (let i = 0; i < reads; i++) {
      for (const kind of i % 2
        ? (["logged", "unlogged"] as const)
        : (["unlogged", "logged"] as const)) {
        const started = performance.now();
        await (kind === "logged" ? logged() : unlogged());
        times[kind].push(performance.now() - started);
      }
    }
    const summary = (kind: "logged" | "unlogged") => {
      const sorted = [...times[kind]].sort((a, b) => a - b);
      return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
    };
    const [u1, l1] = [summary("unlogged"), summary("logged")];
    console.log(`one at a time, ${reads} reads each:`);
    console.log(`  unlogged read: median ${ms(u1.median)}, p95 ${ms(u1.p95)}`);
    console.log(`  logged read:   median ${ms(l1.median)}, p95 ${ms(l1.p95)}`);
    console.log(
      `  ratio logged/unlogged: median ${(l1.median / u1.median).toFixed(2)}, p95 ${(l1.p95 / u1.p95).toFixed(2)}`,
    );

    // Many at once: the log's appends take the chain's lock in turn.
    const burst = async (read: () => Promise<unknown>) => {
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = 0; i < Math.ceil(reads / concurrency); i++) await read();
        }),
      );
      return performance.now() - started;
    };
    const bursts = { unlogged: 0, logged: 0 };
    for (let round = 0; round < 2; round++) {
      bursts.unlogged += await burst(unlogged);
      bursts.logged += await burst(logged);
    }
    const perBurst = 2 * concurrency * Math.ceil(reads / concurrency);
    const perSecond = (total: number) => (perBurst / (total / 1000)).toFixed(0);
    console.log(`${concurrency} at once, ${perBurst} reads each:`);
    console.log(
      `  unlogged: ${perSecond(bursts.unlogged)} reads/s; logged: ${perSecond(bursts.logged)} reads/s`,
    );
    console.log(`  ratio logged/unlogged time: ${(bursts.logged / bursts.unlogged).toFixed(2)}`);

    const written = (await db.auditEvent.count()) - before;
    const chain = await verifyAuditChain(db);
    console.log(
      `read events written: ${written} for ${loggedReads} logged reads; chain ${chain.ok ? "intact" : "BROKEN"}, ${chain.checked} events`,
    );
    if (!chain.ok || written !== loggedReads) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    if (!keep) {
      await onServer(
        withDatabaseName(base, "postgres"),
        `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`,
      );
    }
  }
}

await main();
