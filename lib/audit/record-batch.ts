import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { metrics } from "@/lib/observability/metrics";
import type { TAuditAction, TAuditEntityType } from "@/lib/domain/audit-actions";
import { canonicalJson, hashAuditEvent, type AuditContent } from "./canonical";
import { diffFields } from "./diff";
import {
  AUDIT_CHAIN_LOCK,
  auditChangesOf,
  type AuditActor,
  type AuditInput,
  type RequestContext,
} from "./record";

// recordAudit for many events at once (a bulk import): the same content and hash chain, but the
// lock is taken and the last hash read once, and the rows are handed, in chain order, to a sink
// the caller opens on the transaction's connection (COPY, in lib/import). Ids are assigned in the
// order the rows arrive, so the chain reads back in the order it was hashed.
//
// Speed: a created record's `changes` is written straight as canonical JSON text (createdEvents),
// and each event's canonical content is assembled from it as text, instead of building, copying
// and key-sorting objects 100,000 times. The first event of every batch is also hashed the generic
// way (hashAuditEvent), so the two cannot drift apart unnoticed.

/** audit_event's columns, in the order of the rows a sink receives. */
export const AUDIT_COLUMNS = [
  "occurred_at",
  "actor_id",
  "actor_email",
  "action",
  "entity_type",
  "entity_id",
  "province_id",
  "changes",
  "ip",
  "user_agent",
  "prev_hash",
  "hash",
] as const;

export type AuditRowCell = string | number | Date | null | { json: string };
export type AuditSink = {
  write(row: readonly AuditRowCell[]): Promise<void> | undefined;
  end(): Promise<void>;
  /** Gives up after a failure; the caller's transaction must then roll back. */
  abort(): Promise<void>;
};

/** An event ready to be chained: `changes` is canonical JSON text (keys sorted at every depth). */
export type ChainEvent = {
  actor: AuditActor;
  action: TAuditAction;
  entityType: TAuditEntityType;
  entityId: string | null;
  provinceId: number | null;
  changes: string | null;
  request: RequestContext;
};

/** Any event, with the `changes` recordAudit would store, as canonical JSON text. */
export function chainEventOf(input: AuditInput): ChainEvent {
  const changes = auditChangesOf(input);
  return {
    actor: input.actor,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    provinceId: input.provinceId ?? null,
    changes: changes === null ? null : canonicalJson(changes),
    request: input.request,
  };
}

// Printable ASCII but `"` and `\`: JSON.stringify would return such text unchanged, in quotes.
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A flat value as canonical JSON (what JSON.stringify gives, without a call for each value), or
 * undefined when it is not flat (then the generic path runs). */
function flatJson(value: unknown): string | undefined {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return PLAIN_TEXT.test(value) ? `"${value}"` : JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    default:
      // Objects (a date, a list) are looked at below; anything else takes the generic path.
      break;
  }
  if (value instanceof Date) return `"${value.toISOString()}"`;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return `[${value.map(flatJson).join(",")}]`;
  }
  return undefined;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `details` as canonical members before and after the "fields" member of `changes`. */
function detailParts(details: Record<string, unknown>): [string, string] {
  const members = (entries: [string, unknown][]) =>
    entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  const entries = Object.entries(JSON.parse(JSON.stringify(details)) as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => byCodeUnit(a, b));
  const before = members(entries.filter(([k]) => k < "fields"));
  const after = members(entries.filter(([k]) => k > "fields"));
  return [before.map((m) => `${m},`).join(""), after.map((m) => `,${m}`).join("")];
}

const sameKeys = (a: string[], b: string[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The events of records just created, with `details` shared by the batch: the same as
 * chainEventOf with `before: null`, but fast when the records share one shape and their values
 * are flat (text, numbers, booleans, dates, text arrays). Anything else takes the generic path.
 */
export function createdEvents(details: Record<string, unknown> = {}) {
  const generic = (input: Omit<AuditInput, "before" | "after" | "details">, after: object) =>
    chainEventOf({ ...input, before: null, after: after as Record<string, unknown>, details });
  if ("fields" in details) return generic;
  const [beforeFields, afterFields] = detailParts(details);
  let shape: string[] = [];
  let audited: string[] = [];
  let names: string[] = [];
  return (
    input: Omit<AuditInput, "before" | "after" | "details">,
    after: Record<string, unknown>,
  ): ChainEvent => {
    const keys = Object.keys(after);
    if (!sameKeys(keys, shape)) {
      shape = keys;
      // The keys diffFields would keep (it leaves secrets out), in canonical order.
      audited = Object.keys(diffFields(null, Object.fromEntries(keys.map((k) => [k, 0]))));
      audited.sort(byCodeUnit);
      names = audited.map((k) => JSON.stringify(k));
    }
    // Joined once into one flat string: the batch keeps 100,000 of them until they are hashed.
    const parts: string[] = ["{", beforeFields, '"fields":{'];
    for (let i = 0; i < audited.length; i++) {
      const value = flatJson(after[audited[i]!]);
      if (value === undefined) return generic(input, after);
      // diffFields leaves out a field that is null both before and after.
      if (value === "null") continue;
      if (parts.length > 3) parts.push(",");
      parts.push(names[i]!, ':{"after":', value, ',"before":null}');
    }
    parts.push("}", afterFields, "}");
    return {
      actor: input.actor,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      provinceId: input.provinceId ?? null,
      changes: parts.join(""),
      request: input.request,
    };
  };
}

const text = (value: string | null) => (value === null ? "null" : JSON.stringify(value));

/** canonicalJson(content) for the event, assembled from its parts (keys in sorted order). */
function canonicalContent(event: ChainEvent, occurredAt: string): string {
  return (
    `{"action":${text(event.action)},"actorEmail":${text(event.actor?.email ?? null)}` +
    `,"actorId":${text(event.actor?.id ?? null)},"changes":${event.changes ?? "null"}` +
    `,"entityId":${text(event.entityId)},"entityType":${text(event.entityType)}` +
    `,"ip":${text(event.request.ip)},"occurredAt":${text(occurredAt)}` +
    `,"provinceId":${event.provinceId === null ? "null" : JSON.stringify(event.provinceId)}` +
    `,"userAgent":${text(event.request.userAgent)}}`
  );
}

function contentOf(event: ChainEvent, occurredAt: Date): AuditContent {
  return {
    occurredAt,
    actorId: event.actor?.id ?? null,
    actorEmail: event.actor?.email ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    provinceId: event.provinceId,
    changes: event.changes === null ? null : JSON.parse(event.changes),
    ip: event.request.ip,
    userAgent: event.request.userAgent,
  };
}

/**
 * Appends the events, in order, inside the caller's transaction. `openSink` is called once the
 * chain's lock is held and its last hash read; the batch is stored when the sink has ended.
 */
export async function recordAuditBatch(
  tx: Prisma.TransactionClient,
  events: Iterable<ChainEvent>,
  openSink: () => Promise<AuditSink>,
  onProgress?: (written: number) => void,
) {
  const pending = events[Symbol.iterator]();
  let next = pending.next();
  if (next.done) return;
  // Already the import's last step: the lock is held only while the batch is copied in.
  const asked = performance.now();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  metrics().auditLockWait.observe((performance.now() - asked) / 1000);
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  let prevHash = last?.hash ?? null;
  const occurredAt = new Date();
  const iso = occurredAt.toISOString();
  const hashOf = (event: ChainEvent, prev: string | null) =>
    createHash("sha256")
      .update(prev ?? "")
      .update("\n")
      .update(canonicalContent(event, iso))
      .digest("hex");
  if (
    hashOf(next.value, prevHash) !== hashAuditEvent(prevHash, contentOf(next.value, occurredAt))
  ) {
    throw new Error("Batch audit hash differs from recordAudit's");
  }
  const sink = await openSink();
  onProgress?.(0);
  let written = 0;
  try {
    for (; !next.done; next = pending.next()) {
      const event = next.value;
      const hash = hashOf(event, prevHash);
      const wait = sink.write([
        occurredAt,
        event.actor?.id ?? null,
        event.actor?.email ?? null,
        event.action,
        event.entityType,
        event.entityId,
        event.provinceId,
        event.changes === null ? null : { json: event.changes },
        event.request.ip,
        event.request.userAgent,
        prevHash,
        hash,
      ]);
      if (wait) await wait;
      prevHash = hash;
      if (++written % 10_000 === 0) onProgress?.(written);
    }
  } catch (err) {
    // An open COPY would hold the connection, and the rollback would wait behind it.
    await sink.abort();
    throw err;
  }
  await sink.end();
  onProgress?.(written);
}
