import type { Prisma } from "@/lib/generated/prisma/client";

// A case is stale when it is not closed and nothing about it has changed for a number of days
// (CASE_STALE_DAYS, default 90): not the case itself, not its status, not its suspects or victims.
// One rule for the cases list, the staff work queue and anything else that counts stale cases.

export const DEFAULT_STALE_DAYS = 90;
const MAX_STALE_DAYS = 3650;
const DAY_MS = 86_400_000;

/** The configured number of days; an unset or unusable CASE_STALE_DAYS gives the default. */
export function staleDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CASE_STALE_DAYS?.trim();
  if (!raw || !/^\d{1,4}$/.test(raw)) return DEFAULT_STALE_DAYS;
  const days = Number(raw);
  return days >= 1 && days <= MAX_STALE_DAYS ? days : DEFAULT_STALE_DAYS;
}

/** The instant before which no activity means stale. */
export function staleCutoff(now: Date, days: number = staleDays()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Live, open cases with no activity since the cutoff. Combine with the user's case scope. */
export function staleCaseWhere(now: Date, days: number = staleDays()): Prisma.CaseWhereInput {
  const cutoff = staleCutoff(now, days);
  return {
    deletedAt: null,
    status: { not: "CLOSED" },
    updatedAt: { lt: cutoff },
    statusChanges: { none: { createdAt: { gte: cutoff } } },
    suspects: { none: { updatedAt: { gte: cutoff } } },
    victims: { none: { updatedAt: { gte: cutoff } } },
  };
}
