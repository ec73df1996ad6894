import "server-only";
import { createHash } from "node:crypto";
import { recordAuditBatch } from "@/lib/audit/record-batch";
import type { AuditInput, RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/data/person-writes";
import { assertCan, caseScope } from "@/lib/data/scope";
import type { ImportKind } from "./columns";
import { checkFile } from "./file-type";
import { isRefusal, mapHeaders, rowToInput, scanCells, type ImportIssue } from "./map-rows";
import { parseFile, type ParsedTable } from "./parse-file";
import { prepareRow, type CaseRef, type Prepared, type RowContext } from "./prepare-rows";
import { writeRecords } from "./write-kind";

// Bulk import: refuse a bad file outright, validate every row, then write all rows and their
// audit events in ONE transaction, or nothing at all.

export type ImportProgress = {
  phase: "parsing" | "validating" | "writing";
  done: number;
  total: number;
};
export type ImportResult =
  | { ok: true; kind: ImportKind; count: number }
  | {
      ok: false;
      messageKey: string;
      params?: Record<string, string | number>;
      issues: ImportIssue[];
      /** Issues found beyond those listed. */
      moreIssues: number;
    };
export type ImportFile = { kind: ImportKind; name: string; bytes: Uint8Array };

const MAX_ISSUES = 1_000;
const PROGRESS_EVERY = 2_000;
// Long enough for 100,000 rows and as many audit events on a slow server.
const TRANSACTION = { timeout: 15 * 60_000, maxWait: 30_000 };

const refuse = (messageKey: string, params?: Record<string, string | number>): ImportResult => ({
  ok: false,
  messageKey,
  params,
  issues: [],
  moreIssues: 0,
});

function withIssues(messageKey: string, issues: ImportIssue[], total = issues.length) {
  return {
    ...refuse(messageKey),
    issues: issues.slice(0, MAX_ISSUES),
    moreIssues: total - Math.min(total, MAX_ISSUES),
  };
}

/** The live cases the file names that the user may see, locked against deletion until commit. */
async function loadCases(tx: Tx, user: ActingUser, table: ParsedTable, col: number) {
  const references = [
    ...new Set(table.rows.map((r) => (r.cells[col] ?? "").trim().toUpperCase())),
  ].filter(Boolean);
  const cases = new Map<string, CaseRef>();
  if (col < 0 || references.length === 0) return cases;
  await tx.$executeRaw`SELECT 1 FROM "case" WHERE reference = ANY(${references}::text[]) FOR SHARE`;
  const found = await tx.case.findMany({
    where: { reference: { in: references }, deletedAt: null, ...caseScope(user) },
    select: { id: true, reference: true, provinceId: true },
  });
  for (const c of found) cases.set(c.reference, { id: c.id, provinceId: c.provinceId });
  return cases;
}

export async function importRecords(
  user: ActingUser,
  file: ImportFile,
  request: RequestContext,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  assertCan(user, "write:record");
  const checked = checkFile(file.name, file.bytes);
  if (!checked.ok) return refuse(checked.messageKey);
  onProgress({ phase: "parsing", done: 0, total: 1 });
  const parsed = await parseFile(checked.type, file.bytes);
  if (!parsed.ok) return refuse(parsed.messageKey);
  const table = parsed.table;
  const map = mapHeaders(file.kind, table.headers);
  if (isRefusal(map)) return refuse(map.messageKey, map.params);
  if (table.rows.length === 0) return refuse("noRows");
  const unsafe = scanCells(table, map, MAX_ISSUES + 1);
  if (unsafe.length > 0) return withIssues("unsafeCells", unsafe);
  onProgress({ phase: "parsing", done: 1, total: 1 });

  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const total = table.rows.length;
  return db.$transaction(async (tx) => {
    const referenceCol = map.defs.findIndex((d) => d?.field === "caseReference");
    const ctx: RowContext = {
      kind: file.kind,
      user,
      map,
      cases: await loadCases(tx, user, table, referenceCol),
    };
    const prepared: Prepared[] = [];
    const issues: ImportIssue[] = [];
    let issueCount = 0;
    table.rows.forEach(({ row, cells }, i) => {
      const outcome = prepareRow(ctx, row, rowToInput(map, cells));
      if (outcome.ok) prepared.push(outcome.record);
      else {
        issueCount += outcome.issues.length;
        if (issues.length < MAX_ISSUES) issues.push(...outcome.issues);
      }
      if ((i + 1) % PROGRESS_EVERY === 0) onProgress({ phase: "validating", done: i + 1, total });
    });
    onProgress({ phase: "validating", done: total, total });
    if (issueCount > 0) return withIssues("invalidRows", issues, issueCount);

    // Records, then one audit event per record, then the import's own event.
    const report = (done: number) => onProgress({ phase: "writing", done, total: total * 2 });
    const audit = { actor: user, before: null, request, details: { importSha256: sha256 } };
    const events = await writeRecords(file.kind, prepared, { tx, user, audit, onChunk: report });
    const completed: AuditInput = {
      actor: user,
      action: "import.completed",
      entityType: "import",
      details: { fileName: file.name, kind: file.kind, rows: total, sha256 },
      request,
    };
    await recordAuditBatch(tx, [...events, completed], (n) => report(total + Math.min(n, total)));
    return { ok: true as const, kind: file.kind, count: prepared.length };
  }, TRANSACTION);
}
