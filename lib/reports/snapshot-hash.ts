import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/canonical";

// A published report is hashed over the same canonical JSON the audit chain uses: keys sorted at
// every depth, no whitespace, UTF-8. PostgreSQL's jsonb reorders keys, so the stored document is
// re-hashed by serialising it canonically again, never by hashing jsonb's own text.

/** The canonical JSON of a report document: what is stored, and what its hash covers. */
export function canonicalReportJson(document: unknown): string {
  return canonicalJson(document);
}

/** Lower-case hex SHA-256 of the document's canonical JSON in UTF-8. */
export function hashReportDocument(document: unknown): string {
  return createHash("sha256").update(canonicalReportJson(document), "utf8").digest("hex");
}
