import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditAction, TAuditEntityType } from "./actions";
import { hashAuditEvent, type AuditContent } from "./canonical";
import { diffFields } from "./diff";

export type RequestContext = { ip: string | null; userAgent: string | null };
export type AuditActor = { id: string; email: string } | null;

export type AuditInput = {
  actor: AuditActor;
  action: TAuditAction;
  entityType: TAuditEntityType;
  entityId?: string | null;
  provinceId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts for events that change no record, e.g. an export's filters. */
  details?: Record<string, unknown>;
  request: RequestContext;
};

// Any constant works; it names the one lock that orders audit writes.
export const AUDIT_CHAIN_LOCK = 7_262_017;

/** The hashed content of an event, as recordAudit stores it: `changes` holds the field diff and
 * the details, passed through JSON so that the hashed value is the one jsonb stores. */
export function auditContentOf(input: AuditInput, occurredAt: Date): AuditContent {
  const fieldChanges =
    input.before !== undefined || input.after !== undefined
      ? diffFields(input.before ?? null, input.after ?? null)
      : undefined;
  const changes =
    fieldChanges || input.details
      ? { ...(fieldChanges ? { fields: fieldChanges } : {}), ...(input.details ?? {}) }
      : null;
  return {
    occurredAt,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    provinceId: input.provinceId ?? null,
    changes: changes ? JSON.parse(JSON.stringify(changes)) : null,
    ip: input.request.ip,
    userAgent: input.request.userAgent,
  };
}

/**
 * Appends one event to the hash chain inside the caller's transaction, so the change and its
 * audit row commit together or not at all. The advisory lock serialises appends: without it two
 * transactions could chain onto the same predecessor.
 */
export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const content = auditContentOf(input, new Date());
  const prevHash = last?.hash ?? null;
  return tx.auditEvent.create({
    data: {
      ...content,
      changes: (content.changes ?? undefined) as Prisma.InputJsonValue | undefined,
      prevHash,
      hash: hashAuditEvent(prevHash, content),
    },
    select: { id: true, hash: true },
  });
}
