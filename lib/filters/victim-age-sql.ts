import { Prisma } from "@/lib/generated/prisma/client";
import {
  AGE_BAND_SETS,
  bandDefinition,
  UNKNOWN_AGE_BAND,
  type TAgeBandSet,
} from "@/lib/domain/age-bands";

// A victim's age band, computed in PostgreSQL so that lists and reports filter and count without
// loading people into the application. The age is read at the rescue date in Phnom Penh from the
// exact date of birth (PostgreSQL's age(): someone born on 29 February turns a year older on
// 1 March in other years), or is the recorded age at rescue when there is no date of birth.

// The age is read from the date of birth only when both dates are known; otherwise the recorded
// age stands. VICTIM_AGE_YEARS and VICTIM_AGE_SOURCE branch on this one condition.
const AGE_FROM_RECORDED = Prisma.sql`v.date_of_birth IS NULL OR v.rescued_at IS NULL`;
const BORN_AFTER_RESCUE = Prisma.sql`v.date_of_birth > (v.rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::date`;

/** Whole years of age at rescue, or NULL when unknown. Reads `v` (victim); never selects the DOB.
 * A date of birth after the rescue (a data error) gives NULL rather than age 0. */
export const VICTIM_AGE_YEARS = Prisma.sql`CASE
  WHEN ${AGE_FROM_RECORDED} THEN v.age_at_rescue
  WHEN ${BORN_AFTER_RESCUE} THEN NULL
  ELSE date_part('year', age((v.rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::date, v.date_of_birth))::int
END`;

/** Where VICTIM_AGE_YEARS took the age from, so a page can say so. */
export type TVictimAgeSource = "birth" | "recorded" | "born-after-rescue" | "unknown";

/** The source of VICTIM_AGE_YEARS for `v`, by the same branches. Never selects the DOB. */
export const VICTIM_AGE_SOURCE = Prisma.sql`CASE
  WHEN ${AGE_FROM_RECORDED} THEN CASE WHEN v.age_at_rescue IS NULL THEN 'unknown' ELSE 'recorded' END
  WHEN ${BORN_AFTER_RESCUE} THEN 'born-after-rescue'
  ELSE 'birth'
END`;

/** The condition that an age (`years`, an SQL expression) falls in `band`, a band of any set or
 * "unknown". Each set's bands are disjoint and, with "unknown" for NULL, cover every value. */
export function ageBandCondition(band: string, years: Prisma.Sql): Prisma.Sql {
  const def = bandDefinition(band);
  if (!def) return Prisma.sql`(${years} IS NULL)`;
  if (def.to === null) return Prisma.sql`(${years} >= ${def.from})`;
  return Prisma.sql`(${years} >= ${def.from} AND ${years} < ${def.to})`;
}

/** The band of `set` as text ('under15', …, 'unknown'), from the same conditions as the filter. */
export function ageBandCase(years: Prisma.Sql, set: TAgeBandSet = "ncct"): Prisma.Sql {
  const whens = AGE_BAND_SETS[set].map(
    (b) => Prisma.sql`WHEN ${ageBandCondition(b.band, years)} THEN ${b.band}`,
  );
  return Prisma.sql`(CASE ${Prisma.join(whens, " ")} ELSE ${UNKNOWN_AGE_BAND} END)`;
}
