import type { TAuditAction, TAuditEntityType } from "@/lib/domain/audit-actions";

/**
 * An event name outside the audit catalogue (lib/domain/audit-actions.ts), for tests that need a
 * tell-tale event to find or name again: the hash chain does not care what an event is called.
 * The app's writers take only catalogued actions; this cast is for tests alone.
 */
export function testAuditEvent(action: string, entityType = "test") {
  return { action: action as TAuditAction, entityType: entityType as TAuditEntityType };
}
