// What a restored database must share with its source: the row count of every table, the annual
// report of every year with records (generatedAt aside), and an audit chain that verifies.
import type { ActingUser } from "@/lib/auth/acting-user";
import { verifyAuditChain, type ChainReport } from "@/lib/audit/verify";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { buildReport } from "@/lib/reports/build-report";
import { SECRETARIAT } from "@/lib/domain/agencies";

export type DatabaseSnapshot = {
  /** Constraints, indexes, triggers and functions of schema public: what a data-only copy lacks. */
  schema: string[];
  counts: Record<string, number>;
  years: number[];
  reports: Record<string, unknown>;
  chain: ChainReport;
};

const NATIONAL_READER: ActingUser = {
  id: "00000000-0000-0000-0000-000000000000",
  email: "backup-test@localhost",
  name: "backup round trip",
  role: "AUDITOR",
  nationalScope: true,
  provinceIds: [],
  mustChangePassword: false,
  sessionId: null,
  ...SECRETARIAT,
};

async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM "${name.replaceAll('"', '""')}"`,
    );
    counts[name] = row.n;
  }
  return counts;
}

async function describeSchema(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ item: string }[]>`
    SELECT 'constraint ' || conrelid::regclass || '.' || conname AS item FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL SELECT 'trigger ' || tgrelid::regclass || '.' || tgname FROM pg_trigger
      WHERE NOT tgisinternal AND tgrelid::regclass::text NOT LIKE 'pg_%'
    UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = pg_proc.oid AND d.deptype = 'e')
    ORDER BY 1`;
  return rows.map((r) => r.item);
}

/** Every Phnom Penh year in which a case, an arrest or a rescue happened. */
async function findYears(db: Db): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM at AT TIME ZONE 'Asia/Phnom_Penh')::int AS year FROM (
      SELECT cracked_down_at AS at FROM "case"
      UNION ALL SELECT arrested_at FROM suspect
      UNION ALL SELECT rescued_at FROM victim
    ) events WHERE at IS NOT NULL ORDER BY 1`;
  return rows.map((r) => r.year);
}

// buildReport reads through lib/db.ts's one client, which it keeps on globalThis.prisma; the
// report is built exactly as the app builds it, with that client pointed at `db` meanwhile.
async function buildReports(db: Db, years: number[]) {
  const holder = globalThis as unknown as { prisma?: Db };
  const previous = holder.prisma;
  holder.prisma = db;
  try {
    const reports: Record<string, unknown> = {};
    for (const year of years) {
      for (const bands of ["ncct", "ctdc"] as const) {
        const { generatedAt: _generatedAt, ...report } = await buildReport(NATIONAL_READER, year, {
          bands,
        });
        reports[`${year} ${bands}`] = report;
      }
    }
    return reports;
  } finally {
    holder.prisma = previous;
  }
}

export async function snapshotDatabase(url: string): Promise<DatabaseSnapshot> {
  const db = createPrismaClient(url, 2);
  try {
    const years = await findYears(db);
    return {
      schema: await describeSchema(db),
      counts: await countRows(db),
      years,
      reports: await buildReports(db, years),
      chain: await verifyAuditChain(db),
    };
  } finally {
    await db.$disconnect();
  }
}
