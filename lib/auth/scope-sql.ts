import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { readReach } from "./scope";

// lib/auth/scope.ts's scopes in SQL, for the queries written in SQL (victim lists, duplicate
// matching, counts). The aliases are fixed: the case `c`, the suspect `s` (joined to its case as
// `c`), the victim `v` (joined to its case as `c`).

const NONE = Prisma.sql`FALSE`;
const ALL = Prisma.sql`TRUE`;

function provinceSql(user: ActingUser, column: Prisma.Sql): Prisma.Sql {
  return user.nationalScope ? ALL : Prisma.sql`${column} = ANY(${user.provinceIds}::int[])`;
}

/** caseScope over `c`. */
export function caseScopeSql(user: ActingUser): Prisma.Sql {
  const reach = readReach(user);
  if (reach !== "scope" && reach !== "court") return NONE;
  return provinceSql(user, Prisma.sql`c.province_id`);
}

/** suspectScope over `s` and its case `c`. */
export function suspectScopeSql(user: ActingUser): Prisma.Sql {
  const reach = readReach(user);
  if (reach === "court") {
    return provinceSql(user, Prisma.sql`coalesce(s.court_province_id, c.province_id)`);
  }
  if (reach !== "scope") return NONE;
  return provinceSql(user, Prisma.sql`c.province_id`);
}

/** victimScope over `v` and its case `c`: the rescue province or, failing that, the case's. */
export function victimScopeSql(user: ActingUser): Prisma.Sql {
  const reach = readReach(user);
  if (reach === "abroad") return Prisma.sql`v.rescued_abroad`;
  if (reach === "referred") {
    return Prisma.sql`EXISTS (SELECT 1 FROM referral r WHERE r.victim_id = v.id
      AND r.provider_id = ${user.agencyId} AND r.deleted_at IS NULL
      AND r.status <> 'DECLINED')`;
  }
  if (reach !== "scope") return NONE;
  return provinceSql(user, Prisma.sql`coalesce(v.rescue_province_id, c.province_id)`);
}
