import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { PROVINCES, isoCodeOf } from "@/lib/domain/provinces";
import { demoAccountsRefusal } from "@/lib/server/preflight";
import { scratchDatabase, type ScratchDatabase } from "@/lib/testing/scratch-database";
import { USER_CREATED_FIELDS } from "@/lib/testing/users";
import { DEMO_USERS } from "@/prisma/demo-users";
import { createUser } from "@/prisma/factories";

// Issue 10: a production database is made by `db:migrate:deploy` and `admin:create` alone, and
// the demo seed refuses to run in production.

const run = promisify(execFile);
type Outcome = { code: number; stdout: string; stderr: string };
async function npm(
  script: string,
  args: string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<Outcome> {
  return run("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env } })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: Outcome) => e);
}

let scratch: ScratchDatabase;
let db: Db;
beforeAll(async () => {
  scratch = await scratchDatabase("first_run");
  db = createPrismaClient(scratch.url, 2);
}, 180_000);
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const counts = async () => ({
  users: await db.user.count(),
  cases: await db.case.count(),
  audit: await db.auditEvent.count(),
});

describe("a database made by db:migrate:deploy alone", () => {
  it("has the 25 provinces, and no account or record", async () => {
    const rows = await db.province.findMany({ orderBy: { id: "asc" } });
    expect(rows).toEqual(PROVINCES.map((p) => ({ ...p, isoCode: isoCodeOf(p.id) })));
    expect(await counts()).toEqual({ users: 0, cases: 0, audit: 0 });
  });

  it("is refused by the demo seed under NODE_ENV=production, which writes nothing", async () => {
    const out = await npm("db:seed", [], { DATABASE_URL: scratch.url, NODE_ENV: "production" });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("refuses to run with NODE_ENV=production");
    expect(await counts()).toEqual({ users: 0, cases: 0, audit: 0 });
  });
});

describe("npm run admin:create", () => {
  it("creates a national administrator with a one-time password that must be changed", async () => {
    const out = await npm(
      "admin:create",
      ["--email", " Chief@Ministry.gov.kh ", "--name", "Chea Chief"],
      {
        DATABASE_URL: scratch.url,
      },
    );
    expect(out.code, out.stderr).toBe(0);
    const password = /One-time password: (\S+)/.exec(out.stdout)?.[1];
    expect(password).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const admin = await db.user.findUniqueOrThrow({ where: { email: "chief@ministry.gov.kh" } });
    expect(admin).toMatchObject({
      name: "Chea Chief",
      role: "ADMIN",
      nationalScope: true,
      active: true,
      mustChangePassword: true,
    });
    expect(await verifyPassword(admin.passwordHash, password!)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: admin.id } });
    expect(event).toMatchObject({ action: "user.created", actorId: null, entityType: "user" });
    // The same shape as an account created on the Users page (lib/audit/audit-trail.int.test.ts).
    const fields = (event.changes as { fields: Record<string, unknown> }).fields;
    expect(Object.keys(fields).sort()).toEqual(USER_CREATED_FIELDS);
    expect(JSON.stringify(event.changes)).not.toContain(password);
  });

  it("refuses a second administrator, a taken address and bad input, writing nothing", async () => {
    const before = await counts();
    const env = { DATABASE_URL: scratch.url };
    const second = await npm(
      "admin:create",
      ["--email", "two@ministry.gov.kh", "--name", "Two"],
      env,
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("active administrator(s) exist already");
    const taken = await npm(
      "admin:create",
      ["--email", "chief@ministry.gov.kh", "--name", "Again", "--force"],
      env,
    );
    expect(taken.stderr).toContain("already exists");
    const bad = await npm("admin:create", ["--email", "not-an-email", "--name", "X\u0007"], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Invalid --email .*--name/);
    const missing = await npm("admin:create", ["--email", "a@b.kh"], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("usage:");
    expect(await counts()).toEqual(before);
  });

  it("with --force, adds an administrator when every one is locked out", async () => {
    const out = await npm(
      "admin:create",
      ["--email", "rescue@ministry.gov.kh", "--name", "Rescue", "--force"],
      { DATABASE_URL: scratch.url },
    );
    expect(out.code, out.stderr).toBe(0);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(2);
  });
});

describe("the production server's check for demo accounts", () => {
  it("passes a database without them and refuses one with them, unless told", async () => {
    const env = { DATABASE_URL: scratch.url };
    expect(await demoAccountsRefusal(env)).toBeNull();
    await createUser(db, DEMO_USERS[0]!);
    expect(await demoAccountsRefusal(env)).toContain("holds 1 demo account(s)");
    expect(await demoAccountsRefusal({ ...env, ALLOW_DEMO_ACCOUNTS: "1" })).toBeNull();
  });

  it("refuses to serve when it cannot check", async () => {
    const refusal = await demoAccountsRefusal({ DATABASE_URL: "postgresql://x@127.0.0.1:1/x" });
    expect(refusal).toContain("Could not check the database for demo accounts");
  });
});

describe("npm start", () => {
  it("refuses to serve, before it listens, with a short AUTH_SECRET and demo accounts", async () => {
    const started = await run(
      process.execPath,
      ["--import", "tsx", "lib/server/start.ts", "-p", "3999"],
      { env: { ...process.env, DATABASE_URL: scratch.url, AUTH_SECRET: "too-short" } },
    )
      .then((r) => ({ code: 0, ...r }))
      .catch((e: Outcome) => e);
    expect(started.code).toBe(1);
    expect(started.stderr).toContain("Refusing to serve:");
    expect(started.stderr).toContain("AUTH_SECRET is 9 characters; it must be at least 32");
    expect(started.stderr).toContain("holds 1 demo account(s)");
    expect(started.stdout).not.toContain("Ready on");
  });
});
