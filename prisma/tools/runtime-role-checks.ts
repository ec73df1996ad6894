// The refusals of `db:grant` (a role that is, or could act as, an owner) and the check of the end
// state it runs before committing: whatever was granted before, to the role or to PUBLIC, the
// role must hold exactly what runtime-role-rules.ts lists.
import type pg from "pg";
import {
  kindOf,
  privilegesOf,
  ROLE_ATTRIBUTES,
  SEQUENCE_PRIVILEGES,
  TABLE_PRIVILEGES,
} from "./runtime-role-rules";

/** A refusal with a message meant for the person running the tool. */
export class GrantRefusal extends Error {}

export type ExistingRole = {
  oid: number;
  rolsuper: boolean;
  rolcanlogin: boolean;
  rolcreatedb: boolean;
  rolcreaterole: boolean;
  rolreplication: boolean;
  rolbypassrls: boolean;
};

export type PublicRelation = { name: string; relkind: string; owner: string };

export async function findRole(client: pg.ClientBase, role: string) {
  const { rows } = await client.query<ExistingRole>(
    `SELECT oid::int AS oid, rolsuper, rolcanlogin, rolcreatedb, rolcreaterole, rolreplication,
            rolbypassrls
       FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  return rows[0] ?? null;
}

/** Refuses a role that is a superuser, an owner, or a member of another role. */
export async function refuseUnsafeRole(
  client: pg.ClientBase,
  role: string,
  existing: ExistingRole,
  owners: ReadonlySet<string>,
  connectedAs: string,
) {
  if (existing.rolsuper) {
    throw new GrantRefusal(`Role ${role} is a superuser; a runtime role must not be one.`);
  }
  if (owners.has(role) || role === connectedAs) {
    throw new GrantRefusal(
      `Role ${role} owns the tables (it is the role migrations run as); ` +
        `the runtime role must be another role that owns nothing.`,
    );
  }
  const { rows: owned } = await client.query<{ datname: string | null; n: number }>(
    `SELECT d.datname, count(*)::int AS n
       FROM pg_shdepend s LEFT JOIN pg_database d ON d.oid = s.dbid
      WHERE s.refclassid = 'pg_authid'::regclass AND s.refobjid = $1 AND s.deptype = 'o'
      GROUP BY d.datname ORDER BY d.datname`,
    [existing.oid],
  );
  if (owned.length) {
    const where = owned.map((o) => `${o.n} in ${o.datname ?? "the cluster"}`).join(", ");
    throw new GrantRefusal(
      `Role ${role} owns objects (${where}); a runtime role must own nothing, since an owner ` +
        `may alter, drop or disable the triggers of what it owns.`,
    );
  }
  const { rows: memberOf } = await client.query<{ rolname: string }>(
    `SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
      WHERE m.member = $1 ORDER BY r.rolname`,
    [existing.oid],
  );
  if (memberOf.length) {
    const names = memberOf.map((r) => r.rolname).join(", ");
    throw new GrantRefusal(
      `Role ${role} is a member of ${names} and would hold their privileges too; ` +
        `revoke that membership (REVOKE <role> FROM ${role}) or choose another name.`,
    );
  }
}

type TablePrivilegeRow = { name: string; relkind: string; privilege: string; held: boolean };

/** Every way the role's privileges differ from the rules, in words; empty when they agree. */
export async function findPrivilegeProblems(
  client: pg.ClientBase,
  role: string,
): Promise<string[]> {
  const problems: string[] = [];
  const [attrs] = (
    await client.query<Record<string, boolean>>(
      `SELECT rolcanlogin AS "LOGIN", rolsuper AS "SUPERUSER", rolcreatedb AS "CREATEDB",
              rolcreaterole AS "CREATEROLE", rolreplication AS "REPLICATION",
              rolbypassrls AS "BYPASSRLS"
         FROM pg_roles WHERE rolname = $1`,
      [role],
    )
  ).rows;
  for (const [name, wanted] of Object.entries(ROLE_ATTRIBUTES)) {
    if (attrs?.[name] !== wanted) problems.push(`${wanted ? "" : "NO"}${name} is not in force`);
  }
  const { rows: scopes } = await client.query<{ schema_create: boolean; db_create: boolean }>(
    `SELECT has_schema_privilege($1, 'public', 'CREATE') AS schema_create,
            has_database_privilege($1, current_database(), 'CREATE') AS db_create`,
    [role],
  );
  if (scopes[0]?.schema_create) problems.push("it may CREATE in schema public");
  if (scopes[0]?.db_create) problems.push("it may CREATE schemas in the database");

  const { rows } = await client.query<TablePrivilegeRow>(
    `SELECT c.relname AS name, c.relkind::text AS relkind, p AS privilege,
            -- Column grants count too: UPDATE on one column of audit_event is an UPDATE.
            CASE WHEN p IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
                 THEN has_any_column_privilege($1, c.oid, p)
                 ELSE has_table_privilege($1, c.oid, p) END AS held
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
            unnest($2::text[]) AS p
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      ORDER BY c.relname, p`,
    [role, TABLE_PRIVILEGES],
  );
  for (const row of rows) {
    const wanted = privilegesOf(kindOf(row.name), row.relkind).includes(row.privilege);
    if (row.held !== wanted) {
      problems.push(`${row.held ? "it holds" : "it lacks"} ${row.privilege} on ${row.name}`);
    }
  }
  const { rows: seqs } = await client.query<{ name: string; missing: boolean }>(
    `SELECT c.relname AS name,
            NOT (${SEQUENCE_PRIVILEGES.map((p) => `has_sequence_privilege($1, c.oid, '${p}')`).join(" AND ")}) AS missing
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S'`,
    [role],
  );
  for (const s of seqs.filter((s) => s.missing)) problems.push(`it lacks a privilege on ${s.name}`);
  const { rows: defaults } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_default_acl d, aclexplode(d.defaclacl) a
      WHERE a.grantee = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
    [role],
  );
  if (defaults[0]?.n) {
    problems.push("default privileges (ALTER DEFAULT PRIVILEGES) grant it rights on new objects");
  }
  return problems;
}
