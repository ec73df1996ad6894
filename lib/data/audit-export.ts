import "server-only";
import { appendAuditEvents } from "@/lib/audit/append";
import type { RequestContext } from "@/lib/audit/record";
import { redactAuditEvent } from "@/lib/audit/redact";
import { can, type ActingUser } from "@/lib/auth/acting-user";
import { db, dbRead } from "@/lib/db";
import { csvRow, UTF8_BOM } from "@/lib/export/csv";
import type { TAuditFilters } from "@/lib/validation/audit";
import { auditListSelect, auditWhere } from "./audit";
import { assertCan } from "@/lib/auth/scope";

const HEADER = [
  "id",
  "occurred_at",
  "actor",
  "action",
  "entity_type",
  "entity_id",
  "changes",
  "ip",
  "user_agent",
  "hash",
];
const BATCH = 1000;

/**
 * The filtered audit trail as a CSV stream, read in keyset batches so any size fits in memory.
 * The export is itself recorded in the audit trail (with its filters) before the first byte.
 */
export async function exportAuditCsv(
  user: ActingUser,
  filters: TAuditFilters,
  request: RequestContext,
) {
  assertCan(user, "read:audit");
  const { cursor, ...criteria } = filters; // an export takes every page
  const where = auditWhere(user, criteria);
  await appendAuditEvents(db, [
    {
      actor: user,
      action: "audit.exported",
      entityType: "audit_event",
      details: { format: "csv", filters: criteria },
      request,
    },
  ]);
  const encoder = new TextEncoder();
  let after: bigint | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvRow(HEADER)));
    },
    async pull(controller) {
      const rows = await dbRead.auditEvent.findMany({
        where: after === null ? where : { AND: [where, { id: { gt: after } }] },
        orderBy: { id: "asc" },
        take: BATCH,
        select: auditListSelect,
      });
      const text = rows
        .map((row) => redactAuditEvent(row, can(user, "read:victim-identity")))
        .map((r) =>
          csvRow([
            r.id,
            r.occurredAt,
            r.actorEmail,
            r.action,
            r.entityType,
            r.entityId,
            r.changes,
            r.ip,
            r.userAgent,
            r.hash,
          ]),
        )
        .join("");
      if (text) controller.enqueue(encoder.encode(text));
      if (rows.length < BATCH) controller.close();
      else after = rows.at(-1)!.id;
    },
  });
}
