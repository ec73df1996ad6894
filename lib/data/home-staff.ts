import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { referralScope } from "@/lib/auth/referral-access";
import { assertCan, caseScope, reachesRecords, suspectScope, victimScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { staleCaseWhere } from "@/lib/domain/stale-cases";
import { recordListHref, type TRecordFilters } from "@/lib/filters/record-filters";
import { caseWhere, suspectWhere } from "@/lib/filters/record-where";
import { VICTIM_FROM, victimWhereSql } from "@/lib/filters/victim-where";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";
import { drillDown, drillDownHref, type TDrillDown } from "@/lib/reports/drill-down";

// The staff work queue: what in the user's scope needs their hand. Every figure is counted through
// the same where-builders as the list it links to, so the list shows exactly the records counted.

/** The report's quality checks that hold over all years: records no year's report can place. */
export const UNPLACED_CHECKS = [
  "quality.casesWithoutDate",
  "quality.victimsWithoutDate",
  "quality.victimsWithoutAge",
  "quality.arrestsWithoutCase",
  "quality.convictedWithoutVerdictDate",
  "quality.verdictBeforeArrest",
] as const;
export type TUnplacedCheck = (typeof UNPLACED_CHECKS)[number];

export type TQueueItem = { id: TUnplacedCheck; count: number; href: string };

/** A quality check's list over every year: the report's drill-down without its period. */
function unplacedTarget(id: TUnplacedCheck): TDrillDown {
  const target = drillDown.check(2000, id)!;
  const { year, ...filters } = target.filters;
  // "none" (no event date) is what the check is about; a calendar year is only the report's.
  return { kind: target.kind, filters: year === "none" ? target.filters : filters };
}

async function countList(user: ActingUser, { kind, filters }: TDrillDown): Promise<number> {
  const f = filters as TRecordFilters;
  if (kind === "cases") return db.case.count({ where: caseWhere(user, f) });
  if (kind === "suspects") return db.suspect.count({ where: suspectWhere(user, f) });
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM ${VICTIM_FROM} WHERE ${victimWhereSql(user, f)}`;
  return row?.n ?? 0;
}

const RECORD_KIND = { cases: "case", suspects: "suspect", victims: "victim" } as const;

/** Records in scope that the annual report cannot place, by check, each with its list; only the
 * checks of records the user's reach holds (Foreign Affairs has no cases, a court no victims). */
export async function findUnplacedRecords(user: ActingUser): Promise<TQueueItem[]> {
  assertCan(user, "read:record");
  const targets = UNPLACED_CHECKS.map((id) => ({ id, target: unplacedTarget(id) })).filter(
    ({ target }) => reachesRecords(user, RECORD_KIND[target.kind]),
  );
  return Promise.all(
    targets.map(async ({ id, target }) => ({
      id,
      count: await countList(user, target),
      href: drillDownHref(target),
    })),
  );
}

/** Live, open cases in scope with no activity for the configured number of days. */
export async function countStaleCases(user: ActingUser, now = new Date()) {
  assertCan(user, "read:record");
  if (!reachesRecords(user, "case")) return null;
  const count = await db.case.count({ where: { AND: [caseScope(user), staleCaseWhere(now)] } });
  return { count, href: "/cases?stale=1" };
}

const DUPLICATES_SHOWN = 10;

export type TLinkedRecord = {
  kind: "victim" | "suspect";
  id: string;
  /** A victim's code; for a suspect, their case's reference (lists show no suspect names here). */
  label: string | null;
  linkedToLabel: string | null;
  href: string;
  at: Date;
};

/**
 * Records saved as the same person as an existing one (linkedToId), to review: the number in scope
 * of each kind and the latest few, by code or case reference, never by name.
 */
export async function findLinkedRecords(user: ActingUser) {
  assertCan(user, "read:record");
  const victims = { AND: [victimScope(user), { deletedAt: null, linkedToId: { not: null } }] };
  const suspects = { AND: [suspectScope(user), { deletedAt: null, linkedToId: { not: null } }] };
  const [victimCount, suspectCount, victimRows, suspectRows] = await Promise.all([
    db.victim.count({ where: victims }),
    db.suspect.count({ where: suspects }),
    db.victim.findMany({
      where: victims,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: DUPLICATES_SHOWN,
      select: { id: true, code: true, createdAt: true, linkedTo: { select: { code: true } } },
    }),
    db.suspect.findMany({
      where: suspects,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: DUPLICATES_SHOWN,
      select: {
        id: true,
        caseId: true,
        createdAt: true,
        case: { select: { reference: true } },
        linkedTo: { select: { case: { select: { reference: true } } } },
      },
    }),
  ]);
  const rows: TLinkedRecord[] = [
    ...victimRows.map((v) => ({
      kind: "victim" as const,
      id: v.id,
      label: v.code,
      linkedToLabel: v.linkedTo?.code ?? null,
      href: `/victims/${v.id}`,
      at: v.createdAt,
    })),
    ...suspectRows.map((s) => ({
      kind: "suspect" as const,
      id: s.id,
      label: s.case?.reference ?? null,
      linkedToLabel: s.linkedTo?.case?.reference ?? null,
      href: s.caseId ? `/cases/${s.caseId}` : recordListHref("suspects", { hasCase: "no" }),
      at: s.createdAt,
    })),
  ];
  rows.sort((a, b) => b.at.getTime() - a.at.getTime());
  return { victims: victimCount, suspects: suspectCount, latest: rows.slice(0, DUPLICATES_SHOWN) };
}

/** Referral statuses that wait on someone: referred (to accept or decline), accepted (to serve). */
export const AWAITING_STATUSES = ["REFERRED", "ACCEPTED"] as const satisfies ReferralStatus[];

/**
 * Referrals awaiting action, as far as the user's referral reach goes (decision 0034): a
 * provider's, those made to its agency; anyone else's, those of the victims in their scope.
 * Counted by status, each linking to the referrals list so filtered.
 */
export async function countReferralsAwaiting(user: ActingUser) {
  assertCan(user, "read:referral");
  const visible = referralScope(user);
  const rows = await db.referral.groupBy({
    by: ["status"],
    where: {
      AND: [
        visible,
        { deletedAt: null, victim: { deletedAt: null }, status: { in: [...AWAITING_STATUSES] } },
      ],
    },
    _count: { _all: true },
  });
  return AWAITING_STATUSES.map((status) => ({
    status,
    count: rows.find((r) => r.status === status)?._count._all ?? 0,
    href: `/referrals?status=${status}`,
  }));
}
