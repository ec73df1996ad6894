// Roles made by the db:grant tests. Roles belong to the whole server, not to the test database, so
// each test names its own (ctip_t_<key>) and every one is dropped after the file.
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { uniqueKey } from "./db";

export async function ownerClient() {
  const client = new pg.Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  return client;
}

export function scratchRoles(owner: () => pg.Client) {
  const made: string[] = [];
  return {
    /** A fresh role name; `create` makes the role with these attributes (else only the name). */
    async make(attributes?: string) {
      const name = `ctip_t_${uniqueKey().toLowerCase()}`;
      made.push(name);
      if (attributes !== undefined) await owner().query(`CREATE ROLE ${name} ${attributes}`);
      return name;
    },
    async dropAll() {
      for (const name of made) {
        const exists = await owner().query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [name]);
        if (!exists.rowCount) continue;
        // Its grants and anything it was made to own live in this database only.
        await owner().query(`DROP OWNED BY ${name} CASCADE`);
        await owner().query(`DROP ROLE ${name}`);
      }
    },
  };
}

/**
 * For a describe block of the db:grant tests: an owner's connection, open for the block, and
 * scratch roles, every one dropped (with what it owns and was granted) after it.
 */
export function withScratchRoles() {
  let client: pg.Client | undefined;
  const owner = () => {
    if (!client) throw new Error("withScratchRoles: the owner's connection opens in beforeAll");
    return client;
  };
  const roles = scratchRoles(owner);
  beforeAll(async () => {
    client = await ownerClient();
  });
  afterAll(async () => {
    if (!client) return;
    await roles.dropAll();
    await client.end();
  });
  return { owner, makeRole: roles.make };
}

/** The role's attributes and every grant it holds in this database, comparable across runs. */
export async function privilegeSnapshot(client: pg.Client, role: string) {
  const { rows } = await client.query(
    `WITH r AS (SELECT oid FROM pg_roles WHERE rolname = $1)
     -- LOGIN SUPERUSER CREATEDB CREATEROLE REPLICATION BYPASSRLS, each t or f.
     SELECT 'role' AS object,
            concat_ws(' ', rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication,
                      rolbypassrls) AS privilege
       FROM pg_roles WHERE rolname = $1
     UNION ALL
     SELECT 'table ' || c.relname, a.privilege_type
       FROM pg_class c, aclexplode(c.relacl) a WHERE a.grantee = (SELECT oid FROM r)
     UNION ALL
     SELECT 'column ' || t.attrelid::regclass::text || '.' || t.attname, a.privilege_type
       FROM pg_attribute t, aclexplode(t.attacl) a WHERE a.grantee = (SELECT oid FROM r)
     UNION ALL
     SELECT 'schema ' || n.nspname, a.privilege_type
       FROM pg_namespace n, aclexplode(n.nspacl) a WHERE a.grantee = (SELECT oid FROM r)
     UNION ALL
     SELECT 'database', a.privilege_type
       FROM pg_database d, aclexplode(d.datacl) a
      WHERE d.datname = current_database() AND a.grantee = (SELECT oid FROM r)
     ORDER BY 1, 2`,
    [role],
  );
  return rows as { object: string; privilege: string }[];
}
