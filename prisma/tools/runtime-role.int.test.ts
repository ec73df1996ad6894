// `npm run db:grant`'s refusals, idempotence and passwords, run as the owner on the test database.
// PostgreSQL only: the embedded PGlite has one role.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { runsAsRuntimeRole } from "@/lib/testing/db";
import { ownerClient, privilegeSnapshot, withScratchRoles } from "@/lib/testing/scratch-roles";
import { GrantRefusal, grantRuntimeRole } from "./runtime-role";
import { scramVerifier } from "./scram";

describe.skipIf(!runsAsRuntimeRole())("db:grant (skipped on PGlite, which has one role)", () => {
  const { owner, makeRole } = withScratchRoles();

  const grant = (role: string, password?: string) => grantRuntimeRole(owner(), { role, password });
  const tableGrants = async (role: string) =>
    (await privilegeSnapshot(owner(), role)).filter((p) => !["role"].includes(p.object));
  const storedVerifier = async (role: string) =>
    (await owner().query(`SELECT rolpassword FROM pg_authid WHERE rolname = $1`, [role])).rows[0]
      ?.rolpassword as string | null;
  /** Recomputes a stored SCRAM verifier from a password, with the stored salt and iterations. */
  const verifierMatches = (stored: string | null, password: string) => {
    const [, iterations, salt] = /^SCRAM-SHA-256\$(\d+):([^$]+)\$/.exec(stored ?? "") ?? [];
    return (
      scramVerifier(password, Buffer.from(salt ?? "", "base64"), Number(iterations)) === stored
    );
  };

  it.each([
    ["a superuser", "SUPERUSER", /is a superuser/],
    ["a member of another role", "IN ROLE pg_read_all_data", /is a member of pg_read_all_data/],
  ])("refuses %s, and grants it nothing", async (_name, attributes, refusal) => {
    const role = await makeRole(attributes);
    await expect(grant(role)).rejects.toThrow(refusal);
    expect(await tableGrants(role)).toEqual([]);
  });

  it("refuses the role it connects as, the tables' owner", async () => {
    const { rows } = await owner().query(`SELECT current_user AS me`);
    await expect(grant(rows[0].me)).rejects.toThrow(/superuser|owns the tables/);
  });

  it("refuses a non-superuser that owns a table, and one that owns any object", async () => {
    const tableOwner = await makeRole("LOGIN");
    await owner().query(`CREATE TABLE public.${tableOwner} (id int)`);
    await owner().query(`ALTER TABLE public.${tableOwner} OWNER TO ${tableOwner}`);
    await expect(grant(tableOwner)).rejects.toThrow(
      new RegExp(`Role ${tableOwner} owns the tables`),
    );

    const schemaOwner = await makeRole("LOGIN");
    await owner().query(`CREATE SCHEMA ${schemaOwner} AUTHORIZATION ${schemaOwner}`);
    await expect(grant(schemaOwner)).rejects.toThrow(/owns objects \(1 in ctip_integration/);
    expect(await tableGrants(schemaOwner)).toEqual([]);
  });

  it("refuses, saying what to do, when the connecting role may not create roles", async () => {
    const weakOwner = await makeRole("LOGIN");
    const url = new URL(process.env.OWNER_DATABASE_URL!);
    url.username = weakOwner;
    url.password = "";
    const asWeak = new pg.Client({ connectionString: url.toString() });
    await asWeak.connect();
    const role = await makeRole();
    try {
      await expect(grantRuntimeRole(asWeak, { role })).rejects.toThrow(
        new RegExp(
          `${weakOwner} may not create or alter role ${role} .*ALTER ROLE ${weakOwner} CREATEROLE`,
        ),
      );
    } finally {
      await asWeak.end();
    }
    const { rowCount } = await owner().query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
    expect(rowCount).toBe(0);
  });

  it.each([
    "Robert'); DROP TABLE victim; --",
    "UPPER",
    "1st",
    "pg_app",
    "public",
    "",
    "a".repeat(64),
  ])("refuses the malformed or reserved role name %j and creates nothing", async (name) => {
    await expect(grant(name)).rejects.toThrow(GrantRefusal);
    await expect(grant(name)).rejects.toThrow(/Refused role name/);
    const { rowCount } = await owner().query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [name]);
    expect(rowCount).toBe(0);
  });

  it("is idempotent: a second run changes nothing, and keeps the password", async () => {
    const role = await makeRole();
    const first = await grant(role);
    expect(first).toMatchObject({ created: true, passwordSet: true, attributesChanged: [] });
    expect(verifierMatches(await storedVerifier(role), first.generatedPassword!)).toBe(true);
    const snapshot = await privilegeSnapshot(owner(), role);
    const verifier = await storedVerifier(role);

    const second = await grant(role);
    expect(second).toMatchObject({ created: false, generatedPassword: null, passwordSet: false });
    expect(second.attributesChanged).toEqual([]);
    expect(await privilegeSnapshot(owner(), role)).toEqual(snapshot);
    expect(await storedVerifier(role)).toBe(verifier);
    expect(snapshot).toContainEqual({ object: "table audit_event", privilege: "INSERT" });
    expect(snapshot).not.toContainEqual({ object: "table audit_event", privilege: "UPDATE" });
  });

  it("revokes whatever the role held beyond the rules, and switches off owner attributes", async () => {
    const role = await makeRole("LOGIN CREATEDB CREATEROLE");
    await owner().query(`GRANT TRUNCATE, TRIGGER, REFERENCES ON victim TO ${role}`);
    await owner().query(`GRANT UPDATE (action) ON audit_event TO ${role}`);
    await owner().query(`GRANT ALL ON report_snapshot TO ${role}`);
    await owner().query(`GRANT CREATE ON SCHEMA public TO ${role}`);
    const report = await grant(role);
    expect(report.attributesChanged).toEqual(["NOCREATEDB", "NOCREATEROLE"]);
    const held = await privilegeSnapshot(owner(), role);
    expect(held.filter((p) => p.object === "table victim").map((p) => p.privilege)).toEqual([
      "DELETE",
      "INSERT",
      "SELECT",
      "UPDATE",
    ]);
    expect(
      held.filter((p) => p.object === "table report_snapshot").map((p) => p.privilege),
    ).toEqual(["INSERT", "SELECT"]);
    expect(held.filter((p) => p.object.startsWith("column "))).toEqual([]);
    expect(held.filter((p) => p.object === "schema public")).toEqual([
      { object: "schema public", privilege: "USAGE" },
    ]);
    expect(held).toContainEqual({
      object: "role",
      privilege: "t f f f f f",
    });
  });

  it("sets RUNTIME_ROLE_PASSWORD on a new or existing role, and refuses a short one", async () => {
    const role = await makeRole();
    const given = "Given-runtime-password-1234";
    expect(await grant(role, given)).toMatchObject({ created: true, generatedPassword: null });
    expect(verifierMatches(await storedVerifier(role), given)).toBe(true);
    const changed = "Changed-runtime-password-5678";
    expect(await grant(role, changed)).toMatchObject({ created: false, passwordSet: true });
    expect(verifierMatches(await storedVerifier(role), changed)).toBe(true);
    await expect(grant(role, "short")).rejects.toThrow(/at least 16 printable ASCII/);
    expect(verifierMatches(await storedVerifier(role), changed)).toBe(true);
  });

  it("computes the same SCRAM verifier as the server does from the plain password", async () => {
    const role = await makeRole("LOGIN");
    await owner().query(`SET password_encryption = 'scram-sha-256'`);
    await owner().query(`ALTER ROLE ${role} PASSWORD 'Server-hashed-password-42'`);
    expect(verifierMatches(await storedVerifier(role), "Server-hashed-password-42")).toBe(true);
    expect(verifierMatches(await storedVerifier(role), "Server-hashed-password-43")).toBe(false);
  });

  it("takes CREATE on schema public from PUBLIC, which would otherwise give it to every role", async () => {
    const role = await makeRole();
    await owner().query(`GRANT CREATE ON SCHEMA public TO PUBLIC`);
    try {
      expect((await grant(role)).revokedFromPublic).toEqual(["CREATE ON SCHEMA public"]);
      const { rows } = await owner().query(
        `SELECT has_schema_privilege($1, 'public', 'CREATE') AS c`,
        [role],
      );
      expect(rows[0].c).toBe(false);
    } finally {
      await owner().query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    }
  });

  it("refuses, and changes nothing, when PUBLIC holds more than the rules allow", async () => {
    const role = await makeRole();
    await owner().query(`GRANT UPDATE ON audit_event TO PUBLIC`);
    try {
      await expect(grant(role)).rejects.toThrow(
        /still differs[\s\S]*it holds UPDATE on audit_event/,
      );
      const { rowCount } = await owner().query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
      expect(rowCount).toBe(0);
    } finally {
      await owner().query(`REVOKE UPDATE ON audit_event FROM PUBLIC`);
    }
  });

  it("survives two runs at once for the same new role", async () => {
    const role = await makeRole();
    const other = await ownerClient();
    try {
      const reports = await Promise.all([grant(role), grantRuntimeRole(other, { role })]);
      expect(reports.map((r) => r.created).sort()).toEqual([false, true]);
    } finally {
      await other.end();
    }
  });
});
