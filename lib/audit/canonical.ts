import { createHash } from "node:crypto";

// The content an audit event's hash covers. Everything a reader relies on is in it; the id is
// not (it is assigned by the database), but the chain itself fixes each event's position.
export type AuditContent = {
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  provinceId: number | null;
  changes: unknown;
  ip: string | null;
  userAgent: string | null;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  if (typeof value === "bigint") return value.toString();
  return value as Json;
}

/** Stable JSON: keys sorted at every depth, dates as ISO strings. PostgreSQL's jsonb reorders
 * keys, so only a canonical form lets a stored event be re-hashed to the same value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** SHA-256 of the previous event's hash followed by this event's canonical content. */
export function hashAuditEvent(prevHash: string | null, content: AuditContent): string {
  return createHash("sha256")
    .update(prevHash ?? "")
    .update("\n")
    .update(canonicalJson(content))
    .digest("hex");
}
