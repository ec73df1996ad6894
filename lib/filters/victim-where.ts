import type { ActingUser } from "@/lib/auth/acting-user";
import { victimScopeSql } from "@/lib/auth/scope-sql";
import { personNameKey } from "@/lib/domain/khmer-text";
import { exploitationTypesOf } from "@/lib/domain/exploitation-groups";
import { periodRange } from "@/lib/domain/period";
import { phnomPenhYearRange } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Combine } from "./keyset";
import type { TRecordFilters } from "./record-filters";
import { deletedWhere, escapeLike, searchesVictimNames } from "./record-where";
import { ageBandCondition, VICTIM_AGE_YEARS } from "./victim-age-sql";

// Victim filters as one SQL condition. Victims are filtered in SQL rather than through a Prisma
// `where`, because the age band compares two columns (date of birth and rescue date), which Prisma
// cannot express; and an `id IN (…)` list fetched first would pass every matching id through the
// application and break PostgreSQL's limit of 65,535 parameters on large sets.

/** The victim `v`, its case `c` and its age at rescue `age.years`. */
export const VICTIM_FROM = Prisma.sql`victim v
  LEFT JOIN "case" c ON c.id = v.case_id
  CROSS JOIN LATERAL (SELECT ${VICTIM_AGE_YEARS} AS years) age`;

export const sqlCombine: Combine<Prisma.Sql> = {
  and: (parts) => (parts.length ? Prisma.sql`(${Prisma.join(parts, " AND ")})` : Prisma.sql`TRUE`),
  or: (parts) => (parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`FALSE`),
};

/** The victims of a nationality filter value over `v`; the layouts group by the same conditions.
 * "foreign-unspecified" and "unknown" are refused for victims by parseRecordFilters: victims
 * have no isForeign flag, so a foreign victim is one whose recorded nationality is not KH. */
export function victimNationalitySql(value: string): Prisma.Sql {
  if (value === "unspecified") return Prisma.sql`(v.nationality IS NULL)`;
  if (value === "foreign") return Prisma.sql`(v.nationality IS NOT NULL AND v.nationality <> 'KH')`;
  return Prisma.sql`(v.nationality = ${value})`;
}

/** The victims of an exploitation filter value (a type or a group of types) over `v`. */
export function victimExploitationSql(value: string): Prisma.Sql {
  const types = [...exploitationTypesOf(value)];
  return Prisma.sql`(v.exploitation_type = ANY(${types}::"ExploitationType"[]))`;
}

function rescueCountry(value: string): Prisma.Sql {
  return value === "unspecified"
    ? Prisma.sql`(v.rescued_abroad AND v.rescue_country IS NULL)`
    : Prisma.sql`v.rescue_country = ${value}`;
}

function search(user: ActingUser, q: string): Prisma.Sql {
  const pattern = `%${escapeLike(q)}%`;
  if (!searchesVictimNames(user)) return Prisma.sql`v.code ILIKE ${pattern}`;
  // The name through the key the database keeps, so a Khmer name is found however it was typed.
  const key = personNameKey(q);
  const name = key
    ? Prisma.sql`v.name_key LIKE ${`%${escapeLike(key)}%`}`
    : Prisma.sql`v.name ILIKE ${pattern}`;
  return Prisma.sql`(v.code ILIKE ${pattern} OR ${name})`;
}

/** The victims these filters select, inside the user's scope, over VICTIM_FROM. */
export function victimWhereSql(user: ActingUser, f: TRecordFilters): Prisma.Sql {
  // deletedWhere also refuses deleted=only to those who may not restore records.
  const live = deletedWhere(user, f).deletedAt === null;
  const parts = [
    victimScopeSql(user),
    live ? Prisma.sql`v.deleted_at IS NULL` : Prisma.sql`v.deleted_at IS NOT NULL`,
  ];
  if (f.year === "none") parts.push(Prisma.sql`v.rescued_at IS NULL`);
  else if (f.year !== undefined) {
    const { start, end } = phnomPenhYearRange(f.year);
    parts.push(Prisma.sql`(v.rescued_at >= ${start} AND v.rescued_at < ${end})`);
  }
  if (f.from)
    parts.push(Prisma.sql`v.rescued_at >= ${periodRange({ from: f.from, to: f.from }).start}`);
  if (f.to) parts.push(Prisma.sql`v.rescued_at < ${periodRange({ from: f.to, to: f.to }).end}`);
  if (f.province === "unspecified") parts.push(Prisma.sql`v.rescue_province_id IS NULL`);
  else if (f.province !== undefined) parts.push(Prisma.sql`v.rescue_province_id = ${f.province}`);
  if (f.exploitation) parts.push(victimExploitationSql(f.exploitation));
  if (f.nationality) parts.push(victimNationalitySql(f.nationality));
  if (f.sex) parts.push(Prisma.sql`v.sex = ${f.sex}::"Sex"`);
  if (f.ageBand) parts.push(ageBandCondition(f.ageBand, Prisma.sql`age.years`));
  if (f.place) {
    parts.push(
      f.place === "abroad" ? Prisma.sql`v.rescued_abroad` : Prisma.sql`NOT v.rescued_abroad`,
    );
  }
  if (f.rescueCountry) parts.push(rescueCountry(f.rescueCountry));
  if (f.hasCase) {
    parts.push(
      f.hasCase === "yes" ? Prisma.sql`v.case_id IS NOT NULL` : Prisma.sql`v.case_id IS NULL`,
    );
  }
  if (f.q) parts.push(search(user, f.q));
  return sqlCombine.and(parts);
}
