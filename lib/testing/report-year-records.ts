import type { Db } from "@/lib/db-client";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { uniqueKey, uniqueYear } from "./db";

// A year of records for the report's integration tests, and the years a test owns.

export const y4 = (year: number) => String(year).padStart(4, "0");

/** A report year whose year before is this test's too (uniqueYear owns the year after it). */
export async function reportYear(): Promise<number> {
  return (await uniqueYear()) + 1;
}

/** A year of records: two provinces, every remainder kind, a deleted record of each kind. */
export async function seedReportYear(db: Db, year: number) {
  const key = uniqueKey();
  const at = (monthDay: string) => new Date(`${year}-${monthDay}T10:00:00+07:00`);
  const lastMinute = new Date(`${year}-12-31T23:30:00+07:00`);
  const pp = await db.case.create({
    data: buildCase({ reference: `R-${key}-1`, provinceId: 12, crackedDownAt: lastMinute }),
  });
  const sr = await db.case.create({
    data: buildCase({
      reference: `R-${key}-2`,
      provinceId: 17,
      crackedDownAt: at("03-01"),
      offenceType: "LABOUR_EXPLOITATION",
    }),
  });
  await db.case.create({
    data: buildCase({
      reference: `R-${key}-3`,
      provinceId: 12,
      crackedDownAt: at("04-01"),
      deletedAt: new Date(),
    }),
  });
  // The year before: one case, so the change is +100%.
  await db.case.create({
    data: buildCase({
      reference: `R-${key}-0`,
      provinceId: 12,
      crackedDownAt: new Date(`${y4(year - 1)}-05-05T10:00:00+07:00`),
    }),
  });
  const suspect = (o: Parameters<typeof buildSuspect>[0]) =>
    db.suspect.create({ data: buildSuspect(o) });
  await suspect({ caseId: pp.id, arrestedAt: at("02-02"), nationality: "KH", isForeign: false });
  await suspect({ caseId: pp.id, arrestedAt: at("02-03"), nationality: "VN", isForeign: true });
  await suspect({ caseId: sr.id, arrestedAt: at("02-04"), nationality: null, isForeign: true });
  await suspect({ caseId: null, arrestedAt: at("02-05"), nationality: "TH", isForeign: true });
  await suspect({
    caseId: sr.id,
    arrestedAt: at("02-06"),
    nationality: "VN",
    isForeign: true,
    deletedAt: new Date(),
  });
  const rescue = new Date(`${year}-06-15T10:00:00+07:00`);
  const victim = (o: Parameters<typeof buildVictim>[0]) =>
    db.victim.create({ data: buildVictim({ rescuedAt: rescue, ...o }) });
  // Born on 15 June: rescued on the 15th birthday is 15–17; born on the 16th, the day before it, under 15.
  await victim({
    rescueProvinceId: 12,
    caseId: pp.id,
    dateOfBirth: new Date(`${y4(year - 15)}-06-15`),
    ageAtRescue: null,
  });
  await victim({
    rescueProvinceId: 12,
    dateOfBirth: new Date(`${y4(year - 15)}-06-16`),
    ageAtRescue: null,
  });
  await victim({
    rescueProvinceId: 12,
    dateOfBirth: new Date(`${y4(year - 18)}-06-15`),
    ageAtRescue: null,
    sex: "MALE",
  });
  await victim({
    rescueProvinceId: 17,
    ageAtRescue: null,
    dateOfBirth: null,
    exploitationType: "LABOUR",
  });
  await victim({ rescueProvinceId: 12, ageAtRescue: 30, deletedAt: new Date() });
  await victim({ rescuedAbroad: true, rescueCountry: "MY", rescuingAgency: "FOREIGN_AFFAIRS" });
  await victim({ rescuedAbroad: true, rescueCountry: "MY", rescuingAgency: "FOREIGN_AFFAIRS" });
  await victim({ rescuedAbroad: true, rescueCountry: null, rescuingAgency: "FOREIGN_AFFAIRS" });
}

/** Every figure of the report with the records list its drill-down opens. */
