// What the runtime role may do, in one place (docs/decisions/0023-least-privilege-runtime-role.md).
// Every table in schema public is a record table unless it is listed here.

/** Tables the app may only read and append to: the audit trail, published reports, status histories. */
export const APPEND_ONLY_TABLES: readonly string[] = [
  "audit_event",
  "report_snapshot",
  "referral_event",
  "case_status_change",
];

/** Tables the app may only read: Prisma's migration history, which a health check reads. */
export const READ_ONLY_TABLES: readonly string[] = ["_prisma_migrations"];

export const RECORD_PRIVILEGES = ["SELECT", "INSERT", "UPDATE", "DELETE"] as const;
export const APPEND_ONLY_PRIVILEGES = ["SELECT", "INSERT"] as const;
export const READ_ONLY_PRIVILEGES = ["SELECT"] as const;
export const SEQUENCE_PRIVILEGES = ["USAGE", "SELECT", "UPDATE"] as const;

/** Every table privilege PostgreSQL has; whatever a table's rule does not list must be absent. */
export const TABLE_PRIVILEGES = [...RECORD_PRIVILEGES, "TRUNCATE", "REFERENCES", "TRIGGER"];

export const ROLE_ATTRIBUTES = {
  LOGIN: true,
  SUPERUSER: false,
  CREATEDB: false,
  CREATEROLE: false,
  REPLICATION: false,
  BYPASSRLS: false,
} as const;

export type TableKind = "record" | "append-only" | "read-only";

export function kindOf(table: string): TableKind {
  if (APPEND_ONLY_TABLES.includes(table)) return "append-only";
  if (READ_ONLY_TABLES.includes(table)) return "read-only";
  return "record";
}

export function privilegesOf(kind: TableKind, relkind = "r"): readonly string[] {
  // A materialised view can only be read, whatever its name.
  if (relkind === "m" || kind === "read-only") return READ_ONLY_PRIVILEGES;
  return kind === "append-only" ? APPEND_ONLY_PRIVILEGES : RECORD_PRIVILEGES;
}

// Lower-case unquoted identifiers only: no quoting surprises, and nothing PostgreSQL reserves.
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const RESERVED = new Set(["public", "none", "all", "user", "current_user", "session_user"]);

/** Why a role name is refused, or null when it is acceptable. */
export function roleNameProblem(name: string): string | null {
  if (!ROLE_NAME.test(name)) {
    return "a role name is 1 to 63 characters: lower-case letters, digits and _, not starting with a digit";
  }
  if (name.startsWith("pg_")) return "names starting with pg_ are reserved by PostgreSQL";
  if (RESERVED.has(name) || name.startsWith("current_")) return `"${name}" is reserved`;
  return null;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
