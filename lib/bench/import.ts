// `npm run bench:import`: 100,000 victim rows through the real import, against the floor of
// PostgreSQL's own COPY … FROM STDIN of the same rows into the real victim table (its indexes,
// foreign keys and name_key trigger), measured in the same run, before the import, and rolled
// back (import-floor.ts). Runs in its own database (CTIP_BENCH_DB, default ctip_bench) on
// DATABASE_URL's server, and checks the audit chain afterwards.
import os from "node:os";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db-client";
import {
  assertLocalDatabase,
  migrateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";
import { createUser } from "@/prisma/factories";
import { auditFloor, victimCopyText, victimFloor } from "./import-floor";
import { SECRETARIAT } from "@/lib/domain/agencies";

const ROWS = 100_000;
const FLOOR_RUNS = 3;
const DB_NAME = process.env.CTIP_BENCH_DB?.replace(/[^a-z0-9_]/g, "") || "ctip_bench";
const HEADERS =
  "Name,Sex,Age at rescue,Nationality,Rescue date,Place of rescue,Province of rescue,Rescuing agency,Exploitation,Services referred to";

function victimCsv(): Uint8Array {
  const lines = [HEADERS];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `V${String(i).padStart(6, "0")},${i % 2 ? "MALE" : "FEMALE"},${i % 60},KH,2017-06-15,CAMBODIA,${(i % 25) + 1},POLICE_JUDICIAL,SEXUAL,SHELTER`,
    );
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

async function freshDatabase(base: string) {
  const url = withDatabaseName(base, DB_NAME);
  assertLocalDatabase(url);
  const admin = new pg.Client({ connectionString: withDatabaseName(base, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  migrateDatabase(url);
  return url;
}

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("Set DATABASE_URL to a local PostgreSQL server.");
  assertLocalDatabase(base);
  const url = await freshDatabase(base);
  // lib/db reads this on first use: the import runs against the bench database only.
  process.env.DATABASE_URL = url;
  const db = createPrismaClient(url, 2);
  const staff = await createUser(db, {
    email: "bench@test.invalid",
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
  const bytes = victimCsv();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

  // The floor first, on the same empty table the import will write to.
  const floorText = victimCopyText(ROWS, staff.id);
  const floors: number[] = [];
  for (let run = 0; run < FLOOR_RUNS; run++) floors.push(await victimFloor(url, floorText));
  const floorMs = [...floors].sort((a, b) => a - b)[Math.floor(FLOOR_RUNS / 2)]!;

  const { importRecords } = await import("@/lib/import/run-import");
  const { closeImportConnection } = await import("@/lib/import/import-connection");
  const lastEvent = await db.auditEvent.findFirst({
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const started = performance.now();
  const phases = new Map<string, number>();
  const result = await importRecords(
    user,
    { kind: "victims", name: "bench.csv", bytes },
    { ip: null, userAgent: "bench" },
    (p) => {
      if (!phases.has(p.phase)) phases.set(p.phase, performance.now() - started);
    },
  );
  const importMs = performance.now() - started;
  if (!result.ok) throw new Error(`Import refused: ${JSON.stringify(result).slice(0, 500)}`);
  await closeImportConnection();
  const auditMs = await auditFloor(url, lastEvent?.id ?? 0n);
  const verifyStarted = performance.now();
  const chain = await verifyAuditChain(db);
  const verifyMs = performance.now() - verifyStarted;

  // Where the time goes. Validation and the victims' COPY overlap: rows are checked while
  // PostgreSQL stores the ones before them.
  const at = (phase: string) => phases.get(phase) ?? importMs;
  const breakdown = [
    ["parse (and draw codes)", at("validating")],
    ["validate + COPY victims", at("writing") - at("validating")],
    [`hash + COPY ${ROWS + 1} audit events`, importMs - at("writing")],
  ] as const;
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
  );
  console.log(`file: ${ROWS} victim rows, ${(bytes.length / 2 ** 20).toFixed(1)} MiB CSV`);
  console.log(
    `import (parse + validate + ${ROWS} records + ${ROWS + 1} audit events, one transaction): ${seconds(importMs)}`,
  );
  console.log(`  ${breakdown.map(([k, v]) => `${k} ${seconds(v)}`).join("; ")}`);
  console.log(
    `floor: COPY victim (${ROWS} rows) FROM STDIN into the real table (indexes, foreign keys, ` +
      `name_key trigger), rolled back: ${seconds(floorMs)} (median of ${floors.map(seconds).join(", ")})`,
  );
  console.log(
    `for reference: COPY of the ${ROWS + 1} audit rows alone: ${seconds(auditMs)}; ` +
      `records + audit rows by COPY: ${seconds(floorMs + auditMs)} (import is ` +
      `${(importMs / (floorMs + auditMs)).toFixed(1)}× that)`,
  );
  console.log(
    `audit chain: ${chain.ok ? "verified" : "BROKEN"}, ${chain.checked} events in ${seconds(verifyMs)}`,
  );
  console.log(`ratio: ${(importMs / floorMs).toFixed(1)}× the COPY floor (target ≤ 3×)`);
  await db.$disconnect();
  if (!chain.ok) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
