import type { ActingUser } from "@/lib/auth/acting-user";
import { referralScope } from "@/lib/auth/referral-access";
import { dbRead } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayRange, referralFilterWhere, type TReferralFilters } from "./referral-filters";

// The referrals a reader's filters select, in the reader's scope: the /referrals list and the
// report's services section both count through this, so a figure equals its list's count.

/** Referrals whose provided date is before their referral date (a quality check of the report). */
async function providedBeforeReferredIds(): Promise<string[]> {
  const rows = await dbRead.$queryRaw<{ id: string }[]>`
    SELECT id FROM referral WHERE provided_at < referred_at AND deleted_at IS NULL`;
  return rows.map((r) => r.id);
}

/**
 * For each victim, the referral that carries their latest follow-up visit in from–to (the newest
 * visit, then the newest entry), when that visit found them at `status`. One referral per victim,
 * so the list counts victims as the report's reintegration outcomes do.
 */
async function latestVisitReferralIds(f: TReferralFilters, status: string): Promise<string[]> {
  const range = dayRange(f);
  const from = range?.gte ? Prisma.sql`AND f.visited_at >= ${range.gte}` : Prisma.empty;
  const to = range?.lt ? Prisma.sql`AND f.visited_at < ${range.lt}` : Prisma.empty;
  const rows = await dbRead.$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT DISTINCT ON (r.victim_id) r.id, f.reintegration::text AS status
        FROM follow_up f JOIN referral r ON r.id = f.referral_id
       WHERE f.deleted_at IS NULL AND r.deleted_at IS NULL ${from} ${to}
       ORDER BY r.victim_id, f.visited_at DESC, f.created_at DESC, f.id DESC
    ) latest
     WHERE latest.status = ${status}`;
  return rows.map((r) => r.id);
}

export async function referralListWhere(
  user: ActingUser,
  filters: TReferralFilters,
): Promise<Prisma.ReferralWhereInput> {
  const parts: Prisma.ReferralWhereInput[] = [referralScope(user), referralFilterWhere(filters)];
  if (filters.problem === "provided-before-referred") {
    parts.push({ id: { in: await providedBeforeReferredIds() } });
  }
  if (filters.reintegration) {
    parts.push({ id: { in: await latestVisitReferralIds(filters, filters.reintegration) } });
  }
  return { AND: parts };
}
