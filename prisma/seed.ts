// The demo seed: one demo user per role and the demo records, for demo and test databases only.
// The provinces are reference data and come with the migrations. Safe to re-run: existing rows
// are kept, and records are only added to a database that has none.
import "dotenv/config";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { PROVINCES } from "@/lib/domain/provinces";
import { DEMO_AGENCIES } from "./demo-agencies";
import { DEMO_USERS } from "./demo-users";
import { assignDemoRecordAgencies } from "./seed-agencies";
import { createUser } from "./factories";
import { loadDemoRecords } from "./seed-records";

/** Why the demo seed must not run here, or null. Its accounts' passwords are in the README. */
export function seedRefusal(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.NODE_ENV !== "production") return null;
  return (
    "npm run db:seed refuses to run with NODE_ENV=production: it creates demo accounts whose " +
    "passwords are published in the README, and synthetic records. Nothing was written. " +
    "For a production database run `npm run db:migrate:deploy`, then " +
    "`npm run admin:create -- --email <email> --name <name>` (docs/deploy.md)."
  );
}

async function assertProvinces(db: Db) {
  const count = await db.province.count();
  if (count !== PROVINCES.length) {
    throw new Error(
      `The database has ${count} of the ${PROVINCES.length} provinces: run \`npm run db:migrate:deploy\` first.`,
    );
  }
}

async function seedAgencies(db: Db) {
  for (const a of DEMO_AGENCIES) {
    await db.agency.upsert({ where: { code: a.code }, create: a, update: {} });
  }
}

async function seedUsers(db: Db) {
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
    if (existing) continue;
    const { agencyCode, ...user } = u;
    const agency = await db.agency.findUniqueOrThrow({ where: { code: agencyCode } });
    await createUser(db, { ...user, agencyId: agency.id });
  }
}

// Synthetic records for 2016 and 2017 that reproduce NCCT's 2017 report (see seed-records.ts),
// loaded in one transaction: a failed load leaves the database empty, so a re-run loads it all.
async function seedRecords(db: Db) {
  if ((await db.case.count()) > 0) return false;
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@demo.ncct.test" } });
  await db.$transaction(
    async (tx) => {
      await loadDemoRecords(tx, staff.id);
      await assignDemoRecordAgencies(tx);
    },
    { timeout: 120_000 },
  );
  return true;
}

export async function seed(db: Db) {
  const refusal = seedRefusal(process.env);
  if (refusal) throw new Error(refusal);
  await assertProvinces(db);
  await seedAgencies(db);
  await seedUsers(db);
  return seedRecords(db);
}

// Run directly: `npm run db:seed`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const refusal = seedRefusal(process.env);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm run demo` seeds the embedded database itself.");
    process.exit(2);
  }
  const db = createPrismaClient(url);
  seed(db)
    .then((added) =>
      console.log(added ? "Seeded demo data." : "Demo data already present; kept it."),
    )
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
