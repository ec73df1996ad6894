import "server-only";
import { db } from "@/lib/db";

export async function findAuditEvents() {
  return db.auditEvent.findMany({
    orderBy: { id: "desc" },
    take: 100,
    select: {
      id: true,
      occurredAt: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
    },
  });
}
