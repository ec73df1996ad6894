import { createPrismaClient } from "@/lib/db-client";
import { withConnection } from "@/lib/db-pool";
import { yearInPhnomPenh } from "@/lib/domain/time";
import {
  assertLocalDatabase,
  dropDatabase,
  grantTestRuntimeRole,
  isEmbeddedServer,
  migrateDatabase,
  recreateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";
import { seed } from "@/prisma/seed";
import { fillRecords, insertBenchUser } from "./report-fill";

// The load benchmark's database: a fresh one of its own on DATABASE_URL's server, migrated and
// seeded as the demo is (its accounts sign in; its 2016–2017 records make the 2017 report), then,
// with --victims N, filled by the report benchmark's fill on top. The server runs as the
// least-privilege runtime role, as in production (decision 0023); the bench reads as the owner.

export type TLoadDatabase = {
  /** The owner's URL: the bench's own reads, the SQL floor and the checks after the save mix. */
  ownerUrl: string;
  /** The runtime role's URL, which the server runs as. */
  runtimeUrl: string;
  drop: () => Promise<void>;
};

export class NoPostgresError extends Error {}

/** DATABASE_URL's server, or why the bench cannot run there. */
export async function postgresBase(env: NodeJS.ProcessEnv): Promise<string> {
  const base = env.DATABASE_URL;
  if (!base) {
    throw new NoPostgresError(
      "PostgreSQL is required: set DATABASE_URL to a local server (for example " +
        "postgresql://postgres@127.0.0.1:5432/postgres); it creates a database of its own there.",
    );
  }
  assertLocalDatabase(base);
  if (await isEmbeddedServer(base)) {
    throw new NoPostgresError(
      "PostgreSQL is required, not the embedded PGlite: it serves one database and one " +
        "connection at a time, which is not what a load test measures.",
    );
  }
  return base;
}

export type TFillReport = { victims: number; ms: number };

export async function prepareLoadDatabase(
  base: string,
  victims: number,
  log: (line: string) => void,
): Promise<TLoadDatabase & { fill: TFillReport | null }> {
  const suffix = process.env.CTIP_TEST_DB_SUFFIX?.replace(/[^a-z0-9_]/g, "");
  const ownerUrl = withDatabaseName(base, suffix ? `ctip_bench_load_${suffix}` : "ctip_bench_load");
  log(`database ${new URL(ownerUrl).pathname.slice(1)}: create, migrate, seed`);
  await recreateDatabase(ownerUrl);
  migrateDatabase(ownerUrl);
  const prisma = createPrismaClient(ownerUrl, 2);
  await seed(prisma).finally(() => prisma.$disconnect());
  let fill: TFillReport | null = null;
  if (victims > 0) {
    log(`fill: ${victims.toLocaleString("en")} victims (the report benchmark's fill)`);
    const started = performance.now();
    const lastYear = yearInPhnomPenh(new Date()) - 1;
    const plan = {
      victims,
      cases: Math.round(victims / 2),
      suspects: Math.round(victims * 0.6),
      firstYear: lastYear - 19,
    };
    await withConnection(ownerUrl, async (client) => {
      const userId = await insertBenchUser(client);
      await fillRecords(client, plan, userId);
    });
    fill = { victims, ms: performance.now() - started };
  } else {
    await withConnection(ownerUrl, (client) => client.query("VACUUM (ANALYZE)"));
  }
  const runtimeUrl = await grantTestRuntimeRole({
    url: ownerUrl,
    embedded: false,
    stop: async () => {},
  });
  return { ownerUrl, runtimeUrl, fill, drop: () => dropDatabase(ownerUrl) };
}
