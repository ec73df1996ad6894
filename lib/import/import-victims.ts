import "server-only";
import { randomUUID } from "node:crypto";
import { createdEvents, type ChainEvent } from "@/lib/audit/record-batch";
import type { AuditInput } from "@/lib/audit/record";
import { openRowSink } from "./copy-rows";
import type { ImportConnection } from "./import-connection";
import { VICTIM_COLUMNS, victimCells, victimSnapshot, type VictimRow } from "./insert-victims";
import { rowToInput, type ImportIssue } from "./map-rows";
import type { ParsedRow } from "./parse-file";
import { prepareRow, type PreparedVictim, type RowContext } from "./prepare-rows";
import { freeVictimCodes } from "./victim-codes";

// Victims, the bulk of most imports, are validated and streamed into the table in one pass: while
// PostgreSQL stores one part of the file, the next is checked here. All-or-nothing still holds:
// it is one transaction, a bad row stops the stream (the transaction then rolls back), and every
// row is still checked so the report lists all the problems.

export type Created = {
  victim: VictimRow;
  provinceId: number | null;
  services: PreparedVictim["services"];
};
export type StreamedVictims =
  { ok: true; created: Created[] } | { ok: false; issues: ImportIssue[]; issueCount: number };

export type StreamOptions = { maxIssues: number; onValidated: (done: number) => void };

/**
 * The victims' audit events, made as they are hashed: building them while the victims stream
 * would take Node's time from validation, the slower side of that overlap, and give it to the
 * audit rows' COPY, where PostgreSQL is the slower side.
 */
export function* victimEvents(
  created: Created[],
  audit: Pick<AuditInput, "actor" | "request">,
  details: Record<string, unknown>,
): Generator<ChainEvent> {
  const createdEvent = createdEvents(details);
  for (const { victim, provinceId } of created) {
    const input = {
      ...audit,
      action: "victim.created" as const,
      entityType: "victim" as const,
      provinceId,
    };
    yield createdEvent({ ...input, entityId: victim.id }, victimSnapshot(victim));
  }
}

const PROGRESS_EVERY = 2_000;

export async function streamVictims(
  connection: ImportConnection,
  ctx: RowContext,
  rows: ParsedRow[],
  options: StreamOptions,
): Promise<StreamedVictims> {
  const codes = await freeVictimCodes(connection.client, rows.length);
  const sink = await openRowSink(connection, "victim", VICTIM_COLUMNS);
  options.onValidated(0);
  const created: Created[] = [];
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  try {
    for (let i = 0; i < rows.length; i++) {
      const { row, cells } = rows[i]!;
      const outcome = prepareRow(ctx, row, rowToInput(ctx.map, cells));
      if (!outcome.ok) {
        issueCount += outcome.issues.length;
        if (issues.length < options.maxIssues) issues.push(...outcome.issues);
      } else if (issueCount === 0) {
        // Nothing more is sent once a row has failed: the import will be refused.
        const prepared = outcome.record as PreparedVictim;
        const victim: VictimRow = { ...prepared.data, id: randomUUID(), code: codes[i]! };
        const pending = sink.write(victimCells(victim, ctx.user));
        created.push({ victim, provinceId: prepared.provinceId, services: prepared.services });
        if (pending) await pending;
      }
      if ((i + 1) % PROGRESS_EVERY === 0) options.onValidated(i + 1);
    }
  } catch (err) {
    await sink.abort();
    throw err;
  }
  options.onValidated(rows.length);
  if (issueCount > 0) {
    await sink.abort();
    return { ok: false, issues, issueCount };
  }
  await sink.end();
  return { ok: true, created };
}
