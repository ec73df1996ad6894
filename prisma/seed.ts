// Seeds provinces, one demo user per role and a handful of records. Safe to re-run: existing rows
// are kept, and records are only added to a database that has none.
import "dotenv/config";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { PROVINCES, isoCodeOf } from "@/lib/domain/provinces";
import { yearInPhnomPenh } from "@/lib/domain/time";
import { DEMO_USERS } from "./demo-users";
import { allocateCaseReference } from "@/lib/data/case-reference";
import { buildCase, buildSuspect, buildVictim, createUser } from "./factories";

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

// A few obviously fictional records so every page has something to show.
async function seedRecords(db: Db) {
  if ((await db.case.count()) > 0) return false;
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@demo.ncct.test" } });
  const by = { createdById: staff.id, updatedById: staff.id };
  const cases = [
    { provinceId: 12, at: "2017-03-14T02:30:00Z", offence: "SEXUAL_EXPLOITATION" as const },
    { provinceId: 12, at: "2017-08-02T09:00:00Z", offence: "HUMAN_TRAFFICKING" as const },
    { provinceId: 17, at: "2017-11-20T04:15:00Z", offence: "LABOUR_EXPLOITATION" as const },
    { provinceId: 2, at: "2016-05-09T01:00:00Z", offence: "FORCED_MARRIAGE" as const },
  ];
  for (const [i, c] of cases.entries()) {
    const at = new Date(c.at);
    const reference = await db.$transaction((tx) =>
      allocateCaseReference(tx, c.provinceId, yearInPhnomPenh(at)),
    );
    const created = await db.case.create({
      data: buildCase({
        reference,
        provinceId: c.provinceId,
        crackedDownAt: at,
        offenceType: c.offence,
        ...by,
      }),
    });
    await db.suspect.create({
      data: buildSuspect({
        caseId: created.id,
        name: `Example Suspect ${i + 1}`,
        arrestedAt: at,
        ...by,
      }),
    });
    await db.victim.create({
      data: buildVictim({
        caseId: created.id,
        name: `Example Victim ${i + 1}`,
        rescuedAt: at,
        rescueProvinceId: c.provinceId,
        homeProvinceId: c.provinceId,
        ...by,
      }),
    });
  }
  await db.victim.create({
    data: buildVictim({
      name: "Example Victim Abroad",
      rescuedAbroad: true,
      rescueCountry: "MY",
      rescuingAgency: "FOREIGN_AFFAIRS",
      exploitationType: "LABOUR",
      ageAtRescue: 24,
      servicesReferred: ["REPATRIATION"],
      ...by,
    }),
  });
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
