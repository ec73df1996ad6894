import { buildCase, buildVictim } from "@/prisma/factories";
import { testDb, uniqueKey } from "./db";
import { makeUser } from "./users";

// Shared by lib/data/report-publishing.int.test.ts and report-publishing-revisions.int.test.ts.
// Each test file disconnects `db` in its own afterAll.
export const db = testDb();
export const request = { ip: "192.0.2.77", userAgent: "vitest" };
export const y4 = (year: number) => String(year).padStart(4, "0");
export const at = (year: number, monthDay: string) =>
  new Date(`${y4(year)}-${monthDay}T10:00:00+07:00`);

export const nationalManager = () => makeUser(db, "MANAGER", { nationalScope: true });

/** Cases and a victim of the test's own in `year`, province 12, written by the factories. */
export async function seedYear(year: number) {
  const key = uniqueKey();
  const kase = await db.case.create({
    data: buildCase({ reference: `P-${key}-1`, provinceId: 12, crackedDownAt: at(year, "03-01") }),
  });
  const movable = await db.case.create({
    data: buildCase({ reference: `P-${key}-2`, provinceId: 12, crackedDownAt: at(year, "04-01") }),
  });
  const child = await db.victim.create({
    data: buildVictim({
      caseId: kase.id,
      rescueProvinceId: 12,
      rescuedAt: at(year, "06-15"),
      ageAtRescue: 10,
    }),
  });
  return { kase, movable, child };
}

export async function snapshotsOf(year: number) {
  return db.reportSnapshot.findMany({ where: { year }, orderBy: { revision: "asc" } });
}

export async function publishEvents(year: number) {
  return db.auditEvent.findMany({
    where: { action: "report.published", entityId: String(year) },
    orderBy: { id: "asc" },
  });
}
