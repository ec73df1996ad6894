// Seeds provinces, one demo user per role and the demo records. Safe to re-run: existing rows
// are kept, and records are only added to a database that has none.
import "dotenv/config";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { PROVINCES, isoCodeOf } from "@/lib/domain/provinces";
import { DEMO_USERS } from "./demo-users";
import { createUser } from "./factories";
import { loadDemoRecords } from "./seed-records";

export async function seedProvinces(db: Db) {
  for (const p of PROVINCES) {
    await db.province.upsert({
      where: { id: p.id },
      update: { code: p.code, nameEn: p.nameEn, nameKm: p.nameKm, isoCode: isoCodeOf(p.id) },
      create: { ...p, isoCode: isoCodeOf(p.id) },
    });
  }
}

async function seedUsers(db: Db) {
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
    if (!existing) await createUser(db, u);
  }
}

// Synthetic records for 2016 and 2017 that reproduce NCCT's 2017 report (see seed-records.ts),
// loaded in one transaction: a failed load leaves the database empty, so a re-run loads it all.
async function seedRecords(db: Db) {
  if ((await db.case.count()) > 0) return false;
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@demo.ncct.test" } });
  await db.$transaction((tx) => loadDemoRecords(tx, staff.id), { timeout: 120_000 });
  return true;
}

export async function seed(db: Db) {
  await seedProvinces(db);
  await seedUsers(db);
  return seedRecords(db);
}

// Run directly: `npm run db:seed`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createPrismaClient(url);
  seed(db)
    .then((added) =>
      console.log(added ? "Seeded demo data." : "Demo data already present; kept it."),
    )
    .finally(() => db.$disconnect());
}
