// What the least-privilege runtime role (decision 0023) may not do, proved as that role: the
// integration suite runs as `ctip_test_runtime`, granted by the same code as `npm run db:grant`.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/append";
import { publishReport } from "@/lib/data/report-publishing";
import { runsAsRuntimeRole, testDb, uniqueKey } from "@/lib/testing/db";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";
import { TEST_RUNTIME_ROLE } from "@/lib/testing/test-database";
import { makeUser } from "@/lib/testing/users";
import { buildCase, buildVictim } from "@/prisma/factories";
import { testAuditEvent } from "@/lib/testing/audit-events";

const request = { ip: "198.51.100.4", userAgent: "vitest" };

describe.skipIf(!runsAsRuntimeRole())(
  "the runtime role (skipped on PGlite, which has one role)",
  () => {
    const db = testDb();
    // A connection of its own, so that a SET that wrongly succeeded could not leak into a pool.
    const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
    beforeAll(async () => {
      await app.connect();
      // Something to refuse to change in each append-only table, written as the app writes it.
      const manager = await makeUser(db, "MANAGER", { nationalScope: true });
      await publishReport(manager, { year: await uniquePublishableYear() }, request);
    });
    afterAll(async () => {
      await app.end();
      await db.$disconnect();
    });

    const counts = async () =>
      (
        await app.query<{ audit: string; snapshots: string; enabled: string; columns: string }>(
          `SELECT (SELECT count(*) FROM audit_event) AS audit,
                  (SELECT count(*) FROM report_snapshot) AS snapshots,
                  (SELECT string_agg(tgname || ':' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger
                    WHERE tgrelid IN ('audit_event'::regclass, 'report_snapshot'::regclass)
                      AND NOT tgisinternal) AS enabled,
                  (SELECT count(*) FROM pg_attribute WHERE attrelid = 'victim'::regclass
                      AND attnum > 0 AND NOT attisdropped) AS columns`,
        )
      ).rows[0];

    it("is who the tests connect as, and holds no attribute an owner would", async () => {
      const { rows } = await app.query(
        `SELECT current_user AS "user", rolsuper, rolcreatedb, rolcreaterole, rolreplication,
                rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      );
      expect(rows[0]).toEqual({
        user: TEST_RUNTIME_ROLE,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolreplication: false,
        rolbypassrls: false,
      });
    });

    it.each([
      [
        "UPDATE audit_event",
        `UPDATE audit_event SET action = 'x'`,
        /permission denied for table audit_event/,
      ],
      ["DELETE audit_event", `DELETE FROM audit_event`, /permission denied for table audit_event/],
      ["TRUNCATE audit_event", `TRUNCATE audit_event`, /permission denied for table audit_event/],
      [
        "UPDATE report_snapshot",
        `UPDATE report_snapshot SET note = 'x'`,
        /permission denied for table report_snapshot/,
      ],
      [
        "DELETE report_snapshot",
        `DELETE FROM report_snapshot`,
        /permission denied for table report_snapshot/,
      ],
      [
        "TRUNCATE report_snapshot",
        `TRUNCATE report_snapshot`,
        /permission denied for table report_snapshot/,
      ],
      [
        "DISABLE TRIGGER",
        `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`,
        /must be owner of table audit_event/,
      ],
      [
        "DISABLE TRIGGER ALL",
        `ALTER TABLE report_snapshot DISABLE TRIGGER ALL`,
        /must be owner of table report_snapshot/,
      ],
      [
        "DROP TRIGGER",
        `DROP TRIGGER audit_event_no_truncate ON audit_event`,
        /must be owner of (table|relation) audit_event/,
      ],
      ["DROP TABLE", `DROP TABLE audit_event`, /must be owner of table audit_event/],
      [
        "ALTER TABLE ADD COLUMN",
        `ALTER TABLE victim ADD COLUMN extra text`,
        /must be owner of table victim/,
      ],
      [
        "CREATE TABLE in public",
        `CREATE TABLE public.extra (id int)`,
        /permission denied for schema public/,
      ],
      [
        "CREATE FUNCTION in public",
        `CREATE FUNCTION public.extra() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
        /permission denied for schema public/,
      ],
      ["CREATE SCHEMA", `CREATE SCHEMA extra`, /permission denied for database/],
      [
        "CREATE TRIGGER",
        `CREATE TRIGGER extra BEFORE INSERT ON victim FOR EACH ROW EXECUTE FUNCTION set_person_name_key()`,
        /permission denied for table victim/,
      ],
      ["TRUNCATE a record table", `TRUNCATE victim`, /permission denied for table victim/],
      [
        "SET session_replication_role",
        `SET session_replication_role = replica`,
        /permission denied to set parameter "session_replication_role"/,
      ],
      [
        "rewrite the migration history",
        `DELETE FROM _prisma_migrations`,
        /permission denied for table _prisma_migrations/,
      ],
      [
        "ALTER ROLE",
        `ALTER ROLE ${TEST_RUNTIME_ROLE} BYPASSRLS`,
        /permission denied|must be superuser/,
      ],
    ])("is refused %s, and nothing changes", async (_name, sql, refusal) => {
      const before = await counts();
      expect(Number(before?.audit)).toBeGreaterThan(0);
      expect(Number(before?.snapshots)).toBeGreaterThan(0);
      await expect(app.query(sql)).rejects.toThrow(refusal);
      expect(await counts()).toEqual(before);
      expect((await app.query(`SHOW session_replication_role`)).rows[0]).toEqual({
        session_replication_role: "origin",
      });
    });

    it("still reads and writes the record tables and appends to the trail", async () => {
      const key = uniqueKey();
      const kase = await db.case.create({
        data: buildCase({ reference: `R-${key}`, provinceId: 12 }),
      });
      const victim = await db.victim.create({
        data: buildVictim({ caseId: kase.id, rescueProvinceId: 12 }),
      });
      await db.victim.update({ where: { id: victim.id }, data: { name: `Renamed ${key}` } });
      expect(await db.victim.findUnique({ where: { id: victim.id } })).toMatchObject({
        name: `Renamed ${key}`,
      });
      await db.victim.delete({ where: { id: victim.id } });
      expect(await db.victim.count({ where: { id: victim.id } })).toBe(0);

      const actor = await makeUser(db, "STAFF", { provinceIds: [12] });
      const event = await db.$transaction((tx) =>
        recordAudit(tx, {
          actor,
          ...testAuditEvent("test.runtime", "case"),
          entityId: kase.id,
          request,
        }),
      );
      expect(await db.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({
        action: "test.runtime",
        entityId: kase.id,
      });
      // A health check reads the migration history.
      const { rows } = await app.query(`SELECT count(*)::int AS n FROM _prisma_migrations`);
      expect(rows[0].n).toBeGreaterThan(0);
    });
  },
);
