import "server-only";
import type { AuditInput } from "@/lib/audit/record";
import type { ImportKind } from "./columns";
import type { Prepared, PreparedCase, PreparedSuspect, PreparedVictim } from "./prepare-rows";
import { writeCases, writeSuspects, writeVictims, type WriteContext } from "./write-records";

/** Sends the prepared rows to the writer of their kind. */
export function writeRecords(
  kind: ImportKind,
  rows: Prepared[],
  ctx: WriteContext,
): Promise<AuditInput[]> {
  if (kind === "cases") {
    return writeCases(
      ctx,
      rows.filter((r): r is PreparedCase => r.kind === "cases"),
    );
  }
  if (kind === "suspects") {
    return writeSuspects(
      ctx,
      rows.filter((r): r is PreparedSuspect => r.kind === "suspects"),
    );
  }
  return writeVictims(
    ctx,
    rows.filter((r): r is PreparedVictim => r.kind === "victims"),
  );
}
