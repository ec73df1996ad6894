import "server-only";
import type { AuditInput } from "@/lib/audit/record";
import type { Prepared, PreparedCase, PreparedSuspect } from "./prepare-rows";
import { writeCases, writeSuspects, type WriteContext } from "./write-records";

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
