import type { TAuditAction, TAuditEntityType } from "@/lib/domain/audit-actions";
import type { AuditContent } from "./canonical";
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

/**
 * An event's `changes`, as it is hashed and stored: the field diff and the details, passed through
 * JSON so that the hashed value is the one jsonb stores. The only place it is built: the
 * appends (append.ts) and the import's batches (record-batch.ts) all hash what this returns.
 */
export function auditChangesOf(input: AuditInput): unknown {
  const fieldChanges =
    input.before !== undefined || input.after !== undefined
      ? diffFields(input.before ?? null, input.after ?? null)
      : undefined;
  if (!fieldChanges && !input.details) return null;
  const changes = { ...(fieldChanges ? { fields: fieldChanges } : {}), ...(input.details ?? {}) };
  return JSON.parse(JSON.stringify(changes)) as unknown;
}

/** The hashed content of an event, as recordAudit stores it. */
export function auditContentOf(input: AuditInput, occurredAt: Date): AuditContent {
  const changes = auditChangesOf(input);
  return {
    occurredAt,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    provinceId: input.provinceId ?? null,
    changes,
    ip: input.request.ip,
    userAgent: input.request.userAgent,
  };
}
