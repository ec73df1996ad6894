// Creates or updates the least-privilege role the app runs as (`npm run db:grant`), in one
// transaction: the role, a REVOKE of everything it held, the grants of runtime-role-rules.ts, and
// a check of the end state. Run as the tables' owner; see
// docs/decisions/0023-least-privilege-runtime-role.md.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import {
  findPrivilegeProblems,
  findRole,
  GrantRefusal,
  refuseUnsafeRole,
  type PublicRelation,
} from "./runtime-role-checks";
import {
  APPEND_ONLY_TABLES,
  kindOf,
  privilegesOf,
  quoteIdent,
  READ_ONLY_TABLES,
  ROLE_ATTRIBUTES,
  roleNameProblem,
  SEQUENCE_PRIVILEGES,
} from "./runtime-role-rules";
import { isScramSafePassword, scramVerifier } from "./scram";

export { GrantRefusal } from "./runtime-role-checks";

export type GrantOptions = {
  role: string;
  /** Set as the role's password. Unset: a new role gets a random one, an existing role keeps its own. */
  password?: string;
};

export type GrantReport = {
  role: string;
  database: string;
  created: boolean;
  /** The random password of a role created without one: shown once, kept nowhere. */
  generatedPassword: string | null;
  passwordSet: boolean;
  /** Role attributes that had to change, e.g. NOCREATEDB. */
  attributesChanged: string[];
  /** Grants taken from PUBLIC because every role would otherwise hold them. */
  revokedFromPublic: string[];
  tables: { name: string; privileges: readonly string[] }[];
  sequences: string[];
};

const MIN_PASSWORD_LENGTH = 16;

function checkOptions({ role, password }: GrantOptions) {
  const problem = roleNameProblem(role);
  if (problem) throw new GrantRefusal(`Refused role name "${role}": ${problem}.`);
  if (password !== undefined) {
    if (!isScramSafePassword(password) || password.length < MIN_PASSWORD_LENGTH) {
      throw new GrantRefusal(
        `RUNTIME_ROLE_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} printable ASCII ` +
          `characters, without spaces.`,
      );
    }
  }
}

async function publicRelations(client: pg.ClientBase): Promise<PublicRelation[]> {
  const { rows } = await client.query<PublicRelation>(
    `SELECT c.relname AS name, c.relkind::text AS relkind, pg_get_userbyid(c.relowner) AS owner
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      ORDER BY c.relname`,
  );
  return rows;
}

/** CREATE or ALTER ROLE, with a way out when the connecting owner may not manage roles. */
async function asRoleAdmin(client: pg.ClientBase, me: string, role: string, sql: string) {
  try {
    await client.query(sql);
  } catch (err) {
    if ((err as { code?: string }).code !== "42501") throw err;
    throw new GrantRefusal(
      `${me} may not create or alter role ${role} (${(err as Error).message}). As a superuser, ` +
        `either give it CREATEROLE (ALTER ROLE ${me} CREATEROLE), or create the role yourself ` +
        `(CREATE ROLE ${role} LOGIN PASSWORD '…') and run db:grant again without ` +
        `RUNTIME_ROLE_PASSWORD.`,
    );
  }
}

async function createOrAlterRole(client: pg.ClientBase, options: GrantOptions, me: string) {
  const role = quoteIdent(options.role);
  const existing = await findRole(client, options.role);
  const generatedPassword =
    existing || options.password !== undefined ? null : randomBytes(24).toString("base64url");
  const password = options.password ?? generatedPassword;
  const passwordClause = password === null ? "" : ` PASSWORD '${scramVerifier(password)}'`;
  if (!existing) {
    const attributes = Object.entries(ROLE_ATTRIBUTES).map(([a, on]) => (on ? a : `NO${a}`));
    await asRoleAdmin(
      client,
      me,
      options.role,
      `CREATE ROLE ${role} ${attributes.join(" ")}${passwordClause}`,
    );
    return { created: true, generatedPassword, attributesChanged: [], passwordSet: true };
  }
  // Only what differs: PostgreSQL 15 lets only a superuser name SUPERUSER, REPLICATION or
  // BYPASSRLS in ALTER ROLE, even to switch them off, and an owner need not be a superuser.
  const current: Record<keyof typeof ROLE_ATTRIBUTES, boolean> = {
    LOGIN: existing.rolcanlogin,
    SUPERUSER: existing.rolsuper,
    CREATEDB: existing.rolcreatedb,
    CREATEROLE: existing.rolcreaterole,
    REPLICATION: existing.rolreplication,
    BYPASSRLS: existing.rolbypassrls,
  };
  const attributesChanged = Object.entries(ROLE_ATTRIBUTES)
    .filter(([a, on]) => current[a as keyof typeof current] !== on)
    .map(([a, on]) => (on ? a : `NO${a}`));
  if (attributesChanged.length || passwordClause) {
    await asRoleAdmin(
      client,
      me,
      options.role,
      `ALTER ROLE ${role} ${attributesChanged.join(" ")}${passwordClause}`,
    );
  }
  return { created: false, generatedPassword, attributesChanged, passwordSet: Boolean(password) };
}

async function revokeEverything(client: pg.ClientBase, role: string, database: string) {
  const r = quoteIdent(role);
  await client.query(`REVOKE ALL ON DATABASE ${quoteIdent(database)} FROM ${r}`);
  const { rows: schemas } = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace
      WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
  );
  for (const { name } of schemas) {
    const s = quoteIdent(name);
    await client.query(`REVOKE ALL ON SCHEMA ${s} FROM ${r}`);
    for (const kind of ["TABLES", "SEQUENCES", "ROUTINES"]) {
      await client.query(`REVOKE ALL ON ALL ${kind} IN SCHEMA ${s} FROM ${r}`);
    }
  }
  // Column grants outlive a table-level REVOKE ALL.
  const { rows: columns } = await client.query<{ tbl: string; col: string }>(
    `SELECT DISTINCT a.attrelid::regclass::text AS tbl, a.attname AS col
       FROM pg_attribute a, aclexplode(a.attacl) x
      WHERE x.grantee = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [role],
  );
  for (const { tbl, col } of columns) {
    await client.query(`REVOKE ALL (${quoteIdent(col)}) ON TABLE ${tbl} FROM ${r}`);
  }
}

async function revokeCreateFromPublic(client: pg.ClientBase): Promise<string[]> {
  // PostgreSQL 15 no longer gives PUBLIC this, but a database made by an older release keeps it.
  const { rows } = await client.query<{ held: boolean }>(
    `SELECT has_schema_privilege('public', 'public', 'CREATE') AS held`,
  );
  if (!rows[0]?.held) return [];
  await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  return ["CREATE ON SCHEMA public"];
}

async function applyGrants(client: pg.ClientBase, options: GrantOptions): Promise<GrantReport> {
  const { role } = options;
  const { rows } = await client.query<{ database: string; me: string }>(
    `SELECT current_database() AS database, current_user AS me`,
  );
  const { database, me } = rows[0]!;
  const relations = await publicRelations(client);
  const missing = [...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES].filter(
    (t) => !relations.some((r) => r.name === t),
  );
  if (missing.length) {
    throw new GrantRefusal(
      `Database ${database} has no table ${missing.join(", ")} in schema public: ` +
        `run npm run db:migrate:deploy first.`,
    );
  }
  const existing = await findRole(client, role);
  if (existing) {
    const owners = new Set(relations.map((r) => r.owner));
    await refuseUnsafeRole(client, role, existing, owners, me);
  }
  const made = await createOrAlterRole(client, options, me);
  await revokeEverything(client, role, database);
  const r = quoteIdent(role);
  await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${r}`);
  await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
  const tables = relations
    .filter((t) => t.relkind !== "S")
    .map((t) => ({ name: t.name, privileges: privilegesOf(kindOf(t.name), t.relkind) }));
  for (const t of tables) {
    await client.query(`GRANT ${t.privileges.join(", ")} ON TABLE ${quoteIdent(t.name)} TO ${r}`);
  }
  const sequences = relations.filter((t) => t.relkind === "S").map((t) => t.name);
  for (const s of sequences) {
    await client.query(
      `GRANT ${SEQUENCE_PRIVILEGES.join(", ")} ON SEQUENCE ${quoteIdent(s)} TO ${r}`,
    );
  }
  const revokedFromPublic = await revokeCreateFromPublic(client);
  const problems = await findPrivilegeProblems(client, role);
  if (problems.length) {
    throw new GrantRefusal(
      `After granting, role ${role} still differs from what a runtime role may do ` +
        `(granted to PUBLIC, or by another grantor?); nothing was changed:\n  ` +
        problems.join("\n  "),
    );
  }
  return { role, database, ...made, revokedFromPublic, tables, sequences };
}

// Two grants at once (two test runs on one server) can race on the same role's catalogue rows.
const RETRYABLE = new Set(["23505", "42710", "40001", "40P01"]);
const isRetryable = (err: unknown) => {
  const e = err as { code?: string; message?: string };
  return (
    RETRYABLE.has(e.code ?? "") || /tuple concurrently (updated|deleted)/.test(e.message ?? "")
  );
};

/** Creates or updates the runtime role on the client's database, all or nothing. */
export async function grantRuntimeRole(
  client: pg.ClientBase,
  options: GrantOptions,
): Promise<GrantReport> {
  checkOptions(options);
  for (let attempt = 1; ; attempt++) {
    await client.query("BEGIN");
    try {
      const report = await applyGrants(client, options);
      await client.query("COMMIT");
      return report;
    } catch (err) {
      await client.query("ROLLBACK");
      if (attempt >= 3 || !isRetryable(err)) throw err;
    }
  }
}
