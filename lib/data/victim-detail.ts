import "server-only";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import type { RequestContext } from "@/lib/audit/record";
import { notFound } from "@/lib/errors";
import {
  VICTIM_AGE_SOURCE,
  VICTIM_AGE_YEARS,
  type TVictimAgeSource,
} from "@/lib/filters/victim-age-sql";
import { logIdentityReads } from "./identity-reads";
import { auditedVictim } from "./victim-fields";
import { assertCan, victimScope } from "@/lib/auth/scope";

/** The victim fields a page shows; name and date of birth only with `identity`. Shared by the
 * victim's page and the victims listed on a case's page. */
export function victimPageSelect(identity: boolean) {
  return { ...auditedVictim, name: identity, dateOfBirth: identity } as const;
}

/** The victim page's query alone, unlogged: for findVictim, and for the benchmark that measures
 * what the log adds (bench:read-log). Nothing else may show what it returns. */
export async function readVictimUnlogged(user: ActingUser, id: string) {
  assertCan(user, "read:record");
  const identity = can(user, "read:victim-identity");
  const found = await db.victim.findFirst({
    where: { id, ...victimScope(user) },
    select: {
      ...victimPageSelect(identity),
      deletedAt: true,
      case: { select: { id: true, reference: true, provinceId: true } },
      rescueProvince: { select: { nameEn: true, nameKm: true } },
    },
  });
  if (!found) throw notFound();
  // The age as the report and the list's age band count it, from the same SQL (the exact date of
  // birth at the rescue date in Phnom Penh, else the recorded age), for every role: it shows the
  // age in years and where it came from, never the date of birth.
  const [age] = await db.$queryRaw<{ years: number | null; source: TVictimAgeSource }[]>`
    SELECT ${VICTIM_AGE_YEARS} AS years, ${VICTIM_AGE_SOURCE} AS source
      FROM victim v
     WHERE v.id = ${id}::uuid`;
  return { ...found, age: age ?? { years: null, source: "unknown" as const } };
}

/** One victim for their page. Name and date of birth only for roles that may see identities, and
 * only once their viewing is in the audit trail (decision 0026). */
export async function findVictim(user: ActingUser, id: string, request: RequestContext) {
  const found = await readVictimUnlogged(user, id);
  const provinceId = found.rescueProvinceId ?? found.case?.provinceId ?? null;
  await logIdentityReads(user, [{ id: found.id, provinceId }], "victim", request);
  return found;
}
