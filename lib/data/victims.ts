import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import type { TAgeBand } from "@/lib/domain/age-bands";
import { keysetPage } from "@/lib/filters/keyset";
import { sortOf, type TRecordFilters } from "@/lib/filters/record-filters";
import { ageBandCase } from "@/lib/filters/victim-age-sql";
import { VICTIM_ORDER } from "@/lib/filters/victim-order";
import { sqlCombine, VICTIM_FROM, victimWhereSql } from "@/lib/filters/victim-where";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, reachesRecords } from "@/lib/auth/scope";

type PageKey = { id: string; rescued_at: Date | null; code: string; age_band: TAgeBand };

// Lists never select a victim's name or date of birth: they show the pseudonymous code, and the
// age band computed in PostgreSQL. The filtering, count and page run in SQL (see victim-where.ts);
// Prisma then reads the display fields of the (at most 50) rows of the page.
export async function findVictims(user: ActingUser, filters: TRecordFilters) {
  assertCan(user, "read:record");
  const sort = sortOf("victims", filters);
  const spec = VICTIM_ORDER[sort];
  const page = await keysetPage({
    cursor: filters.cursor,
    sort,
    spec,
    combine: sqlCombine,
    where: victimWhereSql(user, filters),
    fetch: (where, take) => dbRead.$queryRaw<PageKey[]>`
      SELECT v.id, v.rescued_at, v.code, ${ageBandCase(Prisma.sql`age.years`)} AS age_band
        FROM ${VICTIM_FROM}
       WHERE ${where}
       ORDER BY ${spec.orderBy}
       LIMIT ${take}`,
    count: async (where) => {
      const [{ total }] = await dbRead.$queryRaw<[{ total: bigint }]>`
        SELECT count(*) AS total FROM ${VICTIM_FROM} WHERE ${where}`;
      return Number(total);
    },
  });
  const details = await dbRead.victim.findMany({
    where: { id: { in: page.rows.map((k) => k.id) } },
    select: {
      id: true,
      code: true,
      sex: true,
      nationality: true,
      rescuedAt: true,
      rescuedAbroad: true,
      rescueCountry: true,
      rescuingAgency: true,
      exploitationType: true,
      rescueProvinceId: true,
      case: { select: { reference: true } },
    },
  });
  // A case the user could not open is not named (Foreign Affairs and providers see no cases).
  const cases = reachesRecords(user, "case");
  const byId = new Map(details.map((d) => [d.id, { ...d, case: cases ? d.case : null }]));
  // In the page's order; a row deleted between the two reads simply drops out.
  const rows = page.rows.flatMap((k) => {
    const d = byId.get(k.id);
    return d ? [{ ...d, ageBand: k.age_band }] : [];
  });
  return { rows, total: page.total, nextCursor: page.nextCursor };
}
