import "server-only";
import { randomUUID } from "node:crypto";
import type { AuditInput } from "@/lib/audit/record";
import { auditedCase } from "@/lib/data/case-mutations";
import { allocateCaseReferences } from "@/lib/data/case-reference";
import type { Tx } from "@/lib/data/person-writes";
import { auditedSuspect } from "@/lib/data/suspect-fields";
import type { Prepared, PreparedCase, PreparedSuspect } from "./prepare-rows";

// Cases and suspects: multi-row INSERTs in chunks, not one query per record. Ids are made here,
// so each audit event is matched to its record and written in file order. Each writer returns the
// per-record audit events. (Victims, the bulk of imports, are streamed: import-victims.ts.)

const CHUNK = 2_000; // at most ~20 columns a row: well under PostgreSQL's 65,535 parameters

export type WriteContext = {
  tx: Tx;
  user: { id: string; email: string; agencyId: number };
  audit: Omit<AuditInput, "action" | "entityType" | "entityId" | "provinceId" | "after">;
  onChunk: (written: number) => void;
};

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function writeCases(ctx: WriteContext, rows: PreparedCase[]): Promise<AuditInput[]> {
  const references = await allocateCaseReferences(
    ctx.tx,
    rows.map((r) => ({ provinceId: r.data.provinceId, year: r.year })),
  );
  const data = rows.map((r, i) => ({
    ...r.data,
    id: randomUUID(),
    reference: references[i]!,
    agencyId: ctx.user.agencyId,
    createdById: ctx.user.id,
    updatedById: ctx.user.id,
  }));
  const events: AuditInput[] = [];
  for (const chunk of chunks(data)) {
    const created = await ctx.tx.case.createManyAndReturn({ data: chunk, select: auditedCase });
    // Each case's history starts at the status the file gives it (decision 0036).
    await ctx.tx.caseStatusChange.createMany({
      data: chunk.map((c) => ({
        caseId: c.id,
        fromStatus: null,
        toStatus: c.status,
        at: c.statusChangedAt,
        actorId: ctx.user.id,
        closeReason: c.closeReason,
      })),
    });
    const byId = new Map(created.map((c) => [c.id, c]));
    for (const row of chunk) {
      const after = byId.get(row.id)!;
      events.push({
        ...ctx.audit,
        action: "case.created",
        entityType: "case",
        entityId: row.id,
        provinceId: after.provinceId,
        after,
      });
    }
    ctx.onChunk(events.length);
  }
  return events;
}

export async function writeSuspects(ctx: WriteContext, rows: PreparedSuspect[]) {
  const events: AuditInput[] = [];
  for (const chunk of chunks(rows)) {
    const data = chunk.map((r) => ({
      ...r.data,
      id: randomUUID(),
      agencyId: ctx.user.agencyId,
      createdById: ctx.user.id,
      updatedById: ctx.user.id,
    }));
    const created = await ctx.tx.suspect.createManyAndReturn({ data, select: auditedSuspect });
    const byId = new Map(created.map((s) => [s.id, s]));
    data.forEach((row, i) => {
      const provinceId = chunk[i]!.provinceId;
      events.push({
        ...ctx.audit,
        action: "suspect.created",
        entityType: "suspect",
        entityId: row.id,
        provinceId,
        after: byId.get(row.id)!,
      });
    });
    ctx.onChunk(events.length);
  }
  return events;
}

/** Sends the prepared cases or suspects to the writer of their kind. */
export function writeRecords(
  kind: "cases" | "suspects",
  rows: Prepared[],
  ctx: WriteContext,
): Promise<AuditInput[]> {
  if (kind === "cases") {
    return writeCases(
      ctx,
      rows.filter((r): r is PreparedCase => r.kind === "cases"),
    );
  }
  return writeSuspects(
    ctx,
    rows.filter((r): r is PreparedSuspect => r.kind === "suspects"),
  );
}
