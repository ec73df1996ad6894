// `npm run bench:import`: 100,000 victim rows through the real import, against the floor of
// PostgreSQL storing the same rows with one INSERT … SELECT FROM unnest(…) into a scratch table of
// the same shape. (COPY FROM STDIN would be the true floor, but needs pg-copy-streams, which this
// project does not depend on.) Runs in its own database, ctip_bench, on DATABASE_URL's server.
import os from "node:os";
import pg from "pg";
import { createPrismaClient } from "@/lib/db-client";
import {
  assertLocalDatabase,
  migrateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";
import { createUser } from "@/prisma/factories";
import { seedProvinces } from "@/prisma/seed";
import { floorInsert } from "./bench-import-floor";

const ROWS = 100_000;
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
  const url = withDatabaseName(base, "ctip_bench");
  assertLocalDatabase(url);
  const admin = new pg.Client({ connectionString: withDatabaseName(base, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ctip_bench WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ctip_bench`);
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
  await seedProvinces(db);
  const staff = await createUser(db, {
    email: "bench@test.invalid",
    name: "Bench",
    role: "STAFF",
    password: "Correct-Horse-Battery-42",
    nationalScope: true,
  });
  const user = { ...staff, provinceIds: [], mustChangePassword: false, sessionId: null };
  const bytes = victimCsv();

  const { importRecords } = await import("@/lib/import/run-import");
  const started = performance.now();
  const phases = new Map<string, number>();
  const result = await importRecords(
    user,
    { kind: "victims", name: "bench.csv", bytes },
    { ip: null, userAgent: "bench" },
    (p) => {
      // Where the time goes: the moment each phase starts, and halfway through writing.
      const mark = p.phase === "writing" && p.done >= p.total / 2 ? "audit" : p.phase;
      if (!phases.has(mark)) phases.set(mark, performance.now() - started);
    },
  );
  const importMs = performance.now() - started;
  if (!result.ok) throw new Error(`Import refused: ${JSON.stringify(result).slice(0, 500)}`);

  const floorMs = await floorInsert(url, ROWS, staff.id);
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
  );
  console.log(`file: ${ROWS} victim rows, ${(bytes.length / 2 ** 20).toFixed(1)} MiB CSV`);
  console.log(
    `import (parse + validate + records + ${ROWS + 1} audit events): ${(importMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `floor (INSERT … SELECT FROM unnest, records only): ${(floorMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `phases started at (s): ${[...phases].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(", ")}`,
  );
  console.log(`ratio: ${(importMs / floorMs).toFixed(1)}× (target ≤ 3×)`);
  await db.$disconnect();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
