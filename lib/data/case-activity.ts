import "server-only";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan, caseScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { staleCaseWhere, staleDays } from "@/lib/domain/stale-cases";

// Whether cases are stale, by the one rule in lib/domain/stale-cases.ts: asked of the database
// with its `where`, never recomputed here, so the list's badge, its `stale` filter and the
// case page always agree.

/** Of the given cases, those in scope that are stale now. */
export async function findStaleCaseIds(user: ActingUser, ids: string[]): Promise<Set<string>> {
  assertCan(user, "read:record");
  if (ids.length === 0) return new Set();
  const stale = await db.case.findMany({
    where: { AND: [{ id: { in: ids } }, caseScope(user), staleCaseWhere(new Date())] },
    select: { id: true },
  });
  return new Set(stale.map((c) => c.id));
}

/**
 * A case's staleness for its page: whether it is stale, its last activity (the latest change to
 * the case, its status, its suspects or its victims, as the rule reads them) and the day it
 * became stale. Null for a case out of scope.
 */
export async function findCaseActivity(user: ActingUser, id: string) {
  assertCan(user, "read:record");
  const now = new Date();
  const days = staleDays();
  const [kase, stale, change, suspect, victim] = await Promise.all([
    db.case.findFirst({ where: { id, ...caseScope(user) }, select: { updatedAt: true } }),
    db.case.count({ where: { AND: [{ id }, caseScope(user), staleCaseWhere(now, days)] } }),
    db.caseStatusChange.aggregate({ where: { caseId: id }, _max: { createdAt: true } }),
    db.suspect.aggregate({ where: { caseId: id }, _max: { updatedAt: true } }),
    db.victim.aggregate({ where: { caseId: id }, _max: { updatedAt: true } }),
  ]);
  if (!kase) return null;
  const times = [
    kase.updatedAt,
    change._max.createdAt,
    suspect._max.updatedAt,
    victim._max.updatedAt,
  ].filter((d): d is Date => d !== null);
  const lastActivityAt = new Date(Math.max(...times.map((d) => d.getTime())));
  return {
    stale: stale > 0,
    days,
    lastActivityAt,
    staleSince: stale > 0 ? new Date(lastActivityAt.getTime() + days * 86_400_000) : null,
  };
}
