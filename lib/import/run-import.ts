import "server-only";
import { createHash } from "node:crypto";
import {
  AUDIT_COLUMNS,
  chainEventOf,
  recordAuditBatch,
  type ChainEvent,
} from "@/lib/audit/record-batch";
import { recordAudit } from "@/lib/audit/append";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import type { Tx } from "@/lib/data/person-writes";
import { assertCan, caseScope } from "@/lib/auth/scope";
import type { ImportKind } from "./columns";
import { openRowSink } from "./copy-rows";
import {
  withImportTransaction,
  type ImportConnection,
  type ImportTransport,
} from "./import-connection";
import { insertImportedReferrals } from "./import-referrals";
import { streamVictims, victimEvents } from "./import-victims";
import { rowToInput, type ImportIssue } from "./map-rows";
import type { ParsedTable } from "./parse-file";
import { readTable } from "./read-table";
import { MAX_ISSUES, withIssues, type ImportRefusal } from "./refusal";
import { prepareRow, type CaseRef, type Prepared, type RowContext } from "./prepare-rows";
import { writeRecords } from "./write-records";

// Bulk import: refuse a bad file outright, validate every row, then write all rows and their
// audit events in ONE transaction, or nothing at all. A refusal is itself audited, with counts
// only. The file is identified in the trail by its SHA-256 and size, never by its name
// (docs/decisions/0016-import-audit-identifies-files-by-hash.md).

export type ImportProgress = {
  phase: "parsing" | "validating" | "writing";
  done: number;
  total: number;
};
export type ImportResult = { ok: true; kind: ImportKind; count: number } | ImportRefusal;
type Refusal = ImportRefusal;
export type ImportFile = { kind: ImportKind; name: string; bytes: Uint8Array };
const PROGRESS_EVERY = 2_000;
// Long enough for 100,000 rows and as many audit events on a slow server; imports take turns on
// their connection (import-connection.ts), so one may wait for another to finish.
const TRANSACTION = { timeout: 15 * 60_000, maxWait: 10 * 60_000 };
// A victim created elsewhere may take a code between the import's check and its COPY.
const ATTEMPTS = 3;

/** Thrown inside the transaction so that it rolls back, and caught outside it. */
class Refused extends Error {
  constructor(readonly result: Refusal) {
    super(result.messageKey);
  }
}

const isCodeTaken = (err: unknown) =>
  err instanceof Error &&
  (err as { code?: string; constraint?: string }).code === "23505" &&
  (err as { constraint?: string }).constraint === "victim_code_key";

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

/** Cases and suspects: every row checked before anything is written. */
function validateRows(ctx: RowContext, table: ParsedTable, onProgress: (done: number) => void) {
  const prepared: Prepared[] = [];
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  table.rows.forEach(({ row, cells }, i) => {
    const outcome = prepareRow(ctx, row, rowToInput(ctx.map, cells));
    if (outcome.ok) prepared.push(outcome.record);
    else {
      issueCount += outcome.issues.length;
      if (issues.length < MAX_ISSUES) issues.push(...outcome.issues);
    }
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1);
  });
  onProgress(table.rows.length);
  if (issueCount > 0) throw new Refused(withIssues("invalidRows", issues, issueCount));
  return prepared;
}

type Job = {
  user: ActingUser;
  kind: ImportKind;
  table: ParsedTable;
  map: RowContext["map"];
  request: RequestContext;
  file: FileFacts;
  onProgress: (progress: ImportProgress) => void;
};

async function writeAll(tx: Tx, connection: ImportConnection, job: Job): Promise<number> {
  const { user, kind, table, request } = job;
  const total = table.rows.length;
  const referenceCol = job.map.defs.findIndex((d) => d?.field === "caseReference");
  const ctx: RowContext = {
    kind,
    user,
    map: job.map,
    cases: await loadCases(tx, user, table, referenceCol),
  };
  const validated = (done: number) => job.onProgress({ phase: "validating", done, total });
  const details = { importSha256: job.file.sha256 };
  let records: Iterable<ChainEvent>;
  let count: number;
  if (kind === "victims") {
    const streamed = await streamVictims(connection, ctx, table.rows, {
      maxIssues: MAX_ISSUES,
      onValidated: validated,
    });
    if (!streamed.ok) {
      throw new Refused(withIssues("invalidRows", streamed.issues, streamed.issueCount));
    }
    const referrals = await insertImportedReferrals(
      tx,
      streamed.created,
      { actor: user, request },
      details,
    );
    const victims = victimEvents(streamed.created, { actor: user, request }, details);
    records = (function* () {
      yield* victims;
      yield* referrals;
    })();
    count = streamed.created.length;
  } else {
    const prepared = validateRows(ctx, table, validated);
    const audit = { actor: user, before: null, request, details };
    const written = (done: number) => job.onProgress({ phase: "writing", done, total: total * 2 });
    const inputs = await writeRecords(kind, prepared, { tx, user, audit, onChunk: written });
    records = inputs.map(chainEventOf);
    count = inputs.length;
  }
  const completed = chainEventOf({
    actor: user,
    action: "import.completed",
    entityType: "import",
    details: { ...job.file, kind, rows: total },
    request,
  });
  await recordAuditBatch(
    tx,
    (function* () {
      yield* records;
      yield completed;
    })(),
    () => openRowSink(connection, "audit_event", AUDIT_COLUMNS),
    (n) => job.onProgress({ phase: "writing", done: total + Math.min(n, total), total: total * 2 }),
  );
  return count;
}

/** The file as the audit trail identifies it: by what it held, never by what it was called. */
type FileFacts = { sha256: string; bytes: number };

/** An import whose file has been read and whose cells have been checked, ready to write. */
export type CheckedImport = {
  ok: true;
  user: ActingUser;
  kind: ImportKind;
  request: RequestContext;
  facts: FileFacts;
  table: ParsedTable;
  map: RowContext["map"];
};

/** The file's half of the import: refused (and audited) or read. Done before the route starts
 * its stream, so a refusal of the file is the response's status. */
export async function checkImport(
  user: ActingUser,
  file: ImportFile,
  request: RequestContext,
): Promise<CheckedImport | { ok: false; result: Refusal }> {
  assertCan(user, "import:record");
  const facts = {
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    bytes: file.bytes.length,
  };
  const read = await readTable(file);
  if (!read.ok) {
    await recordRefusal(user, file.kind, request, facts, { result: read.refusal, rows: read.rows });
    return { ok: false, result: read.refusal };
  }
  return { ok: true, user, kind: file.kind, request, facts, table: read.table, map: read.map };
}

/** How an import is written; only the transport can be chosen, and by default it is chosen by
 * the server (COPY on PostgreSQL, INSERTs on the embedded database). */
export type ImportOptions = { transport?: ImportTransport };

async function writeChecked(
  checked: CheckedImport,
  onProgress: Job["onProgress"],
  { transport }: ImportOptions,
) {
  const job: Job = { ...checked, file: checked.facts, onProgress };
  for (let attempt = 1; ; attempt++) {
    try {
      const count = await withImportTransaction(
        (tx, conn) => writeAll(tx, conn, job),
        TRANSACTION,
        transport,
      );
      return { ok: true, kind: checked.kind, count } as const;
    } catch (err) {
      if (err instanceof Refused) return err.result;
      if (!isCodeTaken(err) || attempt === ATTEMPTS) throw err;
    }
  }
}

/** The rows' half: validated and written in one transaction, or refused (and audited). */
export async function completeImport(
  checked: CheckedImport,
  onProgress: (progress: ImportProgress) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportResult> {
  const result = await writeChecked(checked, onProgress, options);
  if (!result.ok) {
    const { user, kind, request, facts, table } = checked;
    await recordRefusal(user, kind, request, facts, { result, rows: table.rows.length });
  }
  return result;
}

/** A refusal is an event auditors want too: what was refused and why, in counts, with no row's
 * content. Written after the import's transaction has rolled back, on the import connection with
 * the import's waits: the audit chain's lock may be held by a running import for minutes, and
 * Prisma's default 5 s timeout lost the row (P2028) exactly when a server was under attack. On
 * the import connection a queue of refusals holds no connection of the app's pool. */
function recordRefusal(
  user: ActingUser,
  kind: ImportKind,
  request: RequestContext,
  facts: FileFacts,
  outcome: { result: Refusal; rows: number | null },
) {
  const { result, rows } = outcome;
  return withImportTransaction(
    (tx) =>
      recordAudit(tx, {
        actor: user,
        action: "import.refused",
        entityType: "import",
        details: {
          ...facts,
          kind,
          reason: result.messageKey,
          rows,
          issues: result.issues.length + result.moreIssues,
        },
        request,
      }),
    TRANSACTION,
  );
}

export async function importRecords(
  user: ActingUser,
  file: ImportFile,
  request: RequestContext,
  onProgress: (progress: ImportProgress) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportResult> {
  onProgress({ phase: "parsing", done: 0, total: 1 });
  const checked = await checkImport(user, file, request);
  if (!checked.ok) return checked.result;
  onProgress({ phase: "parsing", done: 1, total: 1 });
  return completeImport(checked, onProgress, options);
}
