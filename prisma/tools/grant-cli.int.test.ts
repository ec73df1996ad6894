// `npm run db:grant` and `db:migrate:deploy` as commands: they connect as the owner through
// MIGRATE_DATABASE_URL when it is set, print what was granted, and never print a password other
// than the one they generated. PostgreSQL only: the embedded PGlite has one role.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runsAsRuntimeRole } from "@/lib/testing/db";
import { withScratchRoles } from "@/lib/testing/scratch-roles";

type Run = { code: number; stdout: string; stderr: string };

async function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const { RUNTIME_ROLE_PASSWORD: _unused, ...inherited } = process.env;
  return promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...inherited, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: Run) => e,
  );
}

describe.skipIf(!runsAsRuntimeRole())(
  "the commands (skipped on PGlite, which has one role)",
  () => {
    const { makeRole } = withScratchRoles();
    // A password in the owner's URL (which the loopback trust ignores) that must never be printed.
    const ownerUrl = () => {
      const url = new URL(process.env.OWNER_DATABASE_URL!);
      url.password = "owner-url-secret-9d1c";
      return url.toString();
    };
    // The runtime role cannot create roles: a grant that used DATABASE_URL would fail.
    const asOwner = () => ({
      MIGRATE_DATABASE_URL: ownerUrl(),
      DATABASE_URL: process.env.DATABASE_URL!,
    });

    it("db:grant creates the role as MIGRATE_DATABASE_URL's owner and prints what it granted", async () => {
      const role = await makeRole();
      const { code, stdout, stderr } = await run(
        "prisma/tools/grant.ts",
        ["--role", role],
        asOwner(),
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toContain(`Runtime role ${role} in database ctip_integration`);
      expect(stdout).toContain(
        "SELECT, INSERT on audit_event, case_status_change, referral_event, report_snapshot\n",
      );
      expect(stdout).toContain("SELECT on _prisma_migrations\n");
      expect(stdout).toMatch(
        /SELECT, INSERT, UPDATE, DELETE on agency, app_user, case, .*victim\n/,
      );
      expect(stdout).toContain(`after every \`npm run db:migrate:deploy\``);
      const password = /shown only this once.*\n {2}(\S+)/.exec(stdout)?.[1];
      expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(stdout.split(password!)).toHaveLength(2);
      expect(stdout).not.toContain("owner-url-secret");

      const again = await run("prisma/tools/grant.ts", ["--role", role], asOwner());
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("password: unchanged");
      expect(again.stdout).not.toContain(password!);
    });

    it("db:grant never prints RUNTIME_ROLE_PASSWORD", async () => {
      const role = await makeRole();
      const secret = "Runtime-role-secret-from-env-7f3a";
      const result = await run("prisma/tools/grant.ts", ["--role", role], {
        ...asOwner(),
        RUNTIME_ROLE_PASSWORD: secret,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("password: set from RUNTIME_ROLE_PASSWORD");
      expect(result.stdout + result.stderr).not.toContain(secret);
      expect(result.stdout + result.stderr).not.toContain("owner-url-secret");
    });

    it("db:grant refuses a superuser with a clear message and exit code 1", async () => {
      const role = await makeRole("SUPERUSER");
      const result = await run("prisma/tools/grant.ts", ["--role", role], asOwner());
      expect(result).toMatchObject({ code: 1, stdout: "" });
      expect(result.stderr.trim()).toBe(
        `Role ${role} is a superuser; a runtime role must not be one.`,
      );
    });

    it("db:grant without --role prints its usage, exit code 2", async () => {
      const result = await run("prisma/tools/grant.ts", [], asOwner());
      expect(result).toMatchObject({ code: 2, stdout: "" });
      expect(result.stderr).toContain("usage: npm run db:grant -- --role <name>");
    });

    it("db:migrate:deploy migrates through MIGRATE_DATABASE_URL, not DATABASE_URL", async () => {
      const result = await run("prisma/tools/migrate.ts", ["deploy"], {
        MIGRATE_DATABASE_URL: ownerUrl(),
        // Nothing listens on port 1: used, it would fail.
        DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nowhere",
      });
      expect(result.stdout.trim()).toBe("No pending migrations.");
      expect(result.code).toBe(0);
    });
  },
);
