// `npm run bench:report -- --victims 1000000 [--year Y|all] [--runs 5] [--keep] [--reuse]`: fills a
// database of its own, ctip_bench_report on DATABASE_URL's server, with N victims, N/2 cases and
// 0.6·N suspects over the 20 years up to last year; then times the full annual report for one year
// (default: last year, the last full one) through buildReport, as a national manager, against the
// floor: the same figures from plain SQL queries on one connection (report-floor.ts).
// `--year all` times every year of the fill in turn and ends with each year's ratio: the target
// (≤ 1.5×) is for every year, not for their average.
// Each gets one warm-up, which is also when every figure is compared (any difference fails the
// run and keeps the database); then they take turns. --keep keeps the database; --reuse takes a
// kept one made for the same plan instead of filling it again.
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import type { ActingUser } from "@/lib/auth/acting-user";
import { withConnection } from "@/lib/db-pool";
import { yearInPhnomPenh } from "@/lib/domain/time";
import {
  assertLocalDatabase,
  migrateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";
import { compareWithFloor, countFigures } from "./report-check";
import type { TFillPlan } from "./report-data";
import { fillRecords, insertBenchUser, insertProvinces } from "./report-fill";
import { floorCounts, queryFloor } from "./report-floor";
import { timeInTurns, type TTiming } from "./report-timing";
import { SECRETARIAT } from "@/lib/domain/agencies";

const DATABASE = "ctip_bench_report";

function readOptions() {
  const { values } = parseArgs({
    options: {
      victims: { type: "string", default: "1000000" },
      year: { type: "string" },
      runs: { type: "string", default: "5" },
      keep: { type: "boolean", default: false },
      reuse: { type: "boolean", default: false },
    },
  });
  const victims = Number(values.victims);
  const runs = Number(values.runs);
  const lastYear = yearInPhnomPenh(new Date()) - 1;
  const all = Array.from({ length: 20 }, (_, i) => lastYear - 19 + i);
  const years =
    values.year === "all" ? all : [values.year === undefined ? lastYear : Number(values.year)];
  if (!Number.isInteger(victims) || victims < 100) throw new Error("--victims: at least 100");
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs: at least 1");
  if (!years.every((y) => Number.isInteger(y) && y >= lastYear - 19 && y <= lastYear)) {
    throw new Error(`--year: from ${lastYear - 19} to ${lastYear}, or all`);
  }
  const plan: TFillPlan = {
    victims,
    cases: Math.round(victims / 2),
    suspects: Math.round(victims * 0.6),
    firstYear: lastYear - 19,
  };
  return { plan, years, runs, keep: values.keep, reuse: values.reuse };
}

/** Creates, migrates and fills the bench database, or reuses a kept one made for the same plan. */
async function prepareDatabase(base: string, plan: TFillPlan, reuse: boolean) {
  const url = withDatabaseName(base, DATABASE);
  const admin = withDatabaseName(base, "postgres");
  const label = JSON.stringify(plan);
  const kept = await withConnection(admin, async (client) => {
    const { rows } = await client.query<{ label: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS label FROM pg_database WHERE datname = $1`,
      [DATABASE],
    );
    return rows[0]?.label === label;
  });
  if (reuse && kept) {
    migrateDatabase(url);
    // A migration that landed since may have added an index: give the planner its statistics.
    await withConnection(url, (client) => client.query(`ANALYZE`));
    return { url, fill: null };
  }
  const started = performance.now();
  await withConnection(admin, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  });
  migrateDatabase(url);
  const migrateMs = performance.now() - started;
  const times = await withConnection(url, async (client) => {
    await insertProvinces(client);
    const userId = await insertBenchUser(client);
    const steps = await fillRecords(client, plan, userId);
    await client.query(`COMMENT ON DATABASE ${DATABASE} IS '${label}'`);
    return steps;
  });
  return { url, fill: { migrateMs, times } };
}

async function describeDatabase(url: string) {
  return withConnection(url, async (client) => {
    const version = (await client.query<{ server_version: string }>(`SHOW server_version`)).rows[0]!
      .server_version;
    const { rows } = await client.query<{ t: string; n: number; deleted: number; undated: number }>(
      `SELECT 'cases' AS t, count(*)::int AS n, count(deleted_at)::int AS deleted,
              (count(*) - count(cracked_down_at))::int AS undated FROM "case"
       UNION ALL SELECT 'suspects', count(*)::int, count(deleted_at)::int,
              (count(*) - count(arrested_at))::int FROM suspect
       UNION ALL SELECT 'victims', count(*)::int, count(deleted_at)::int,
              (count(*) - count(rescued_at))::int FROM victim`,
    );
    const user = (
      await client.query<{ id: string; email: string; name: string }>(
        `SELECT id, email, name FROM app_user WHERE email = 'bench-report@test.invalid'`,
      )
    ).rows[0]!;
    return { version, rows, user };
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number | null) => (ms === null ? "n/a" : `${ms.toFixed(0)} ms`);

function printTimes(label: string, t: TTiming, runs: number) {
  console.log(
    `${label}: median ${millis(t.wall.median)}, min ${millis(t.wall.min)} over ${runs} runs; CPU per run ${millis(t.serverCpuMs)} in PostgreSQL + ${millis(t.nodeCpuMs)} in Node`,
  );
}

type BuildReport = typeof import("@/lib/reports/build-report").buildReport;

/** Checks one year's figures against the floor, then times both in turns; the median ratio. */
async function benchYear(
  buildReport: BuildReport,
  user: ActingUser,
  floor: pg.Client,
  year: number,
  runs: number,
) {
  const report = await buildReport(user, year);
  const differences = compareWithFloor(report, floorCounts(await queryFloor(floor, year)));
  if (differences.length) {
    throw new Error(
      `The report and the floor disagree on ${differences.length} figures of ${year}:\n${differences.join("\n")}`,
    );
  }
  console.log(
    `\nyear ${year}: ${report.cases.total} cases, ${report.arrests.total} arrests, ${report.victims.total} victims in Cambodia, ${report.rescuedAbroad.total} abroad; all ${countFigures(report)} figures equal the floor's`,
  );
  // The runs above were the warm-ups. A busy machine slows both, but favours the report, whose
  // parallel queries get a larger share of the CPU than the floor's one connection: the CPU time
  // and the load are printed with the times.
  const load = os.loadavg()[0]!;
  const { report: r, floor: f } = await timeInTurns(
    { report: () => buildReport(user, year), floor: () => queryFloor(floor, year) },
    runs,
    floor,
  );
  printTimes("report (buildReport, Prisma pool)", r, runs);
  printTimes("floor (5 plain SQL queries, one connection)", f, runs);
  const cpu = (t: TTiming) => (t.serverCpuMs ?? NaN) + t.nodeCpuMs;
  const ratio = r.wall.median / f.wall.median;
  console.log(
    `ratio report/floor: ${ratio.toFixed(2)}× median, ${(r.wall.min / f.wall.min).toFixed(2)}× min (target ≤ 1.5×); CPU ${(cpu(r) / cpu(f)).toFixed(2)}×`,
  );
  console.log(
    `load average (1 min) before and after the timed runs: ${load.toFixed(2)}, ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`,
  );
  return ratio;
}

async function main() {
  const base = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocalDatabase(base);
  const { plan, years, runs, keep, reuse } = readOptions();
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`,
  );
  const { url, fill } = await prepareDatabase(base, plan, reuse);
  const db = await describeDatabase(url);
  console.log(`PostgreSQL ${db.version}, database ${DATABASE}`);
  for (const r of db.rows) {
    console.log(
      `  ${r.t}: ${r.n.toLocaleString("en")} (${r.deleted.toLocaleString("en")} soft-deleted, ${r.undated.toLocaleString("en")} without an event date)`,
    );
  }
  if (fill) {
    const total = fill.times.reduce((n, t) => n + t.ms, 0);
    console.log(
      `fill: ${seconds(total)} (${fill.times.map((t) => `${t.table} ${seconds(t.ms)}`).join(", ")}); create + migrate ${seconds(fill.migrateMs)}`,
    );
  } else console.log(`fill: reused the kept database`);

  // lib/db reads DATABASE_URL on first use: the report runs against the bench database only.
  process.env.DATABASE_URL = url;
  const { buildReport } = await import("@/lib/reports/build-report");
  const { db: prisma } = await import("@/lib/db");
  const user: ActingUser = {
    ...db.user,
    role: "MANAGER",
    nationalScope: true,
    provinceIds: [],
    mustChangePassword: false,
    sessionId: null,
    ...SECRETARIAT,
  };
  const floor = new pg.Client({ connectionString: url });
  await floor.connect();
  try {
    const ratios: { year: number; ratio: number }[] = [];
    for (const year of years) {
      ratios.push({ year, ratio: await benchYear(buildReport, user, floor, year, runs) });
    }
    if (ratios.length > 1) {
      console.log(`\nevery year, report/floor (median of ${runs} runs each; target ≤ 1.5×):`);
      for (const { year, ratio } of ratios) {
        console.log(`  ${year}: ${ratio.toFixed(2)}× ${ratio <= 1.5 ? "PASS" : "MISS"}`);
      }
      const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      console.log(`  worst: ${worst.year} at ${worst.ratio.toFixed(2)}×`);
    }
  } finally {
    await floor.end();
    await prisma.$disconnect();
  }
  if (!keep) {
    await withConnection(withDatabaseName(base, "postgres"), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`),
    );
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
