import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { dbRead } from "@/lib/db";
import type { TPeriod } from "@/lib/domain/period";
import { REINTEGRATION_STATUSES } from "@/lib/domain/referrals";
import { referralScope } from "@/lib/auth/referral-access";
import { dayRange, type TReferralFilters } from "@/lib/filters/referral-filters";
import { referralListWhere } from "@/lib/filters/referral-where";
import type { ServiceType } from "@/lib/generated/prisma/client";

// The report's services section (decision 0035), counted in PostgreSQL through the /referrals
// list's own filters and scope (referralListWhere), so every figure equals the count of the list
// its drill-down opens. Totals are counted apart from their breakdowns, for the checks.

export type TServiceCounts = {
  referred: number;
  provided: number;
  referredByService: { service: ServiceType; count: number }[];
  providedByService: { service: ServiceType; count: number }[];
  /** Victims by the reintegration status of their latest follow-up visit in the period. */
  reintegration: { status: string; count: number }[];
  visitedVictims: number;
  providedBeforeReferred: number;
};

/** The list filters of a figure: the period's dates, and what else the figure selects. */
export function serviceFilters(period: TPeriod, more: Partial<TReferralFilters> = {}) {
  return { from: period.from, to: period.to, ...more } satisfies TReferralFilters;
}

async function byService(user: ActingUser, filters: TReferralFilters) {
  const rows = await dbRead.referral.groupBy({
    by: ["service"],
    where: await referralListWhere(user, filters),
    _count: { _all: true },
  });
  return rows.map((r) => ({ service: r.service, count: r._count._all }));
}

async function count(user: ActingUser, filters: TReferralFilters) {
  return dbRead.referral.count({ where: await referralListWhere(user, filters) });
}

/** Victims by the status of their latest visit in the period (one referral per victim). */
async function reintegrationOf(user: ActingUser, period: TPeriod) {
  const counts = await Promise.all(
    REINTEGRATION_STATUSES.map((s) => count(user, serviceFilters(period, { reintegration: s }))),
  );
  return REINTEGRATION_STATUSES.map((status, i) => ({ status, count: counts[i]! }));
}

export async function queryServiceCounts(
  user: ActingUser,
  period: TPeriod,
): Promise<TServiceCounts> {
  const [referred, provided, referredByService, providedByService, reintegration, problems] =
    await Promise.all([
      count(user, serviceFilters(period)),
      count(user, serviceFilters(period, { dated: "provided" })),
      byService(user, serviceFilters(period)),
      byService(user, serviceFilters(period, { dated: "provided" })),
      reintegrationOf(user, period),
      count(user, serviceFilters(period, { problem: "provided-before-referred" })),
    ]);
  const visited = await dbRead.referral.groupBy({
    by: ["victimId"],
    where: {
      AND: [
        referralScope(user),
        { followUps: { some: { deletedAt: null, visitedAt: dayRange(period) } } },
      ],
    },
  });
  return {
    referred,
    provided,
    referredByService,
    providedByService,
    reintegration,
    visitedVictims: visited.length,
    providedBeforeReferred: problems,
  };
}
