import "server-only";
import { redactAuditEvent } from "@/lib/audit/redact";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilters } from "@/lib/validation/audit";
import { assertCan, caseScope, suspectScope, victimScope } from "@/lib/auth/scope";

export const AUDIT_PAGE_SIZE = 50;

/** Events in the auditor's scope: national auditors see everything; a province-scoped auditor
 * sees only events about records in their provinces. */
function auditScope(user: ActingUser): Prisma.AuditEventWhereInput {
  return user.nationalScope ? {} : { provinceId: { in: user.provinceIds } };
}

export function auditWhere(user: ActingUser, f: TAuditFilters): Prisma.AuditEventWhereInput {
  return {
    ...auditScope(user),
    ...(f.actor ? { actorEmail: { contains: f.actor, mode: "insensitive" } } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.from || f.to
      ? {
          occurredAt: {
            ...(f.from ? { gte: new Date(`${f.from}T00:00:00+07:00`) } : {}),
            ...(f.to
              ? { lt: new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000) }
              : {}),
          },
        }
      : {}),
  };
}

export const auditListSelect = {
  id: true,
  occurredAt: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  ip: true,
  userAgent: true,
  hash: true,
} as const;

/** One page, newest first, continuing below `cursor` (an event id): keyset pagination. */
export async function findAuditEvents(user: ActingUser, filters: TAuditFilters) {
  assertCan(user, "read:audit");
  const where = auditWhere(user, filters);
  const rows = await db.auditEvent.findMany({
    where: filters.cursor ? { AND: [where, { id: { lt: BigInt(filters.cursor) } }] } : where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: auditListSelect,
  });
  const page = rows
    .slice(0, AUDIT_PAGE_SIZE)
    .map((r) => redactAuditEvent(r, can(user, "read:victim-identity")));
  return { rows: page, nextCursor: rows.length > AUDIT_PAGE_SIZE ? String(page.at(-1)!.id) : null };
}

/**
 * A record's own history, oldest first, from the audit trail, redacted for the reader like every
 * other view of the trail (lib/audit/redact.ts).
 */
export async function findRecordHistory(
  user: ActingUser,
  entityType: "case" | "suspect" | "victim" | "user" | "agency",
  entityId: string,
) {
  const admin = { user: "manage:user", agency: "manage:agency" } as const;
  assertCan(
    user,
    entityType === "user" || entityType === "agency" ? admin[entityType] : "read:record",
  );
  // The history of a record is as private as the record: check it is in the user's scope.
  const visible =
    entityType === "user" ||
    entityType === "agency" ||
    (entityType === "case" &&
      (await db.case.count({ where: { id: entityId, ...caseScope(user) } }))) ||
    (entityType === "suspect" &&
      (await db.suspect.count({ where: { id: entityId, ...suspectScope(user) } }))) ||
    (entityType === "victim" &&
      (await db.victim.count({ where: { id: entityId, ...victimScope(user) } })));
  if (!visible) throw notFound();
  const events = await db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      occurredAt: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
      changes: true,
    },
  });
  return events.map((e) => redactAuditEvent(e, can(user, "read:victim-identity")));
}
