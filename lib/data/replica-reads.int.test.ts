import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCase } from "@/lib/data/case-detail";
import { createCase, updateCase } from "@/lib/data/case-mutations";
import { findCases } from "@/lib/data/cases";
import { db, dbRead, readFromPrimary } from "@/lib/db";
import { buildReport } from "@/lib/reports/build-report";
import { testDb, uniquePastYear } from "@/lib/testing/db";
import { filtersOf } from "@/lib/testing/record-lists";
import {
  onStandby,
  pauseReplay,
  resumeReplay,
  standbyAdminUrl,
  standbyBackends,
  waitForReplay,
} from "@/lib/testing/standby";
import { makeUser } from "@/lib/testing/users";

// The read replica against a real streaming standby (.ci/standby): the lists and the report read
// from it, and a save is on its own page at once, while the list catches up when replay does.
const standby = standbyAdminUrl();
const admin = "url" in standby ? standby.url : "";
// lib/db.ts reads this on first use; only this file's process sees it.
if (admin) process.env.DATABASE_REPLICA_URL = onStandby(process.env.DATABASE_URL!, admin);

const request = { ip: "192.0.2.10", userAgent: "vitest" };
type Offence = "HUMAN_TRAFFICKING" | "SEXUAL_EXPLOITATION" | "LABOUR_EXPLOITATION";
// The offence is what the test edits: the list shows it (not the lead agency, which it does not select).
const caseInput = (year: number, offenceType: Offence) => ({
  offenceType,
  provinceId: 12,
  leadAgency: "Police",
  crackedDownOn: `${year}-03-14`,
  crackedDownTime: "23:30",
  summary: undefined,
});

describe.skipIf(!admin)(
  `reads from a streaming standby${"skip" in standby ? ` (skipped: ${standby.skip})` : ""}`,
  () => {
    const tdb = testDb();
    const primaryUrl = process.env.OWNER_DATABASE_URL!;
    const database = new URL(primaryUrl).pathname.slice(1);
    beforeAll(() => waitForReplay(primaryUrl, admin)); // the test database, made on the primary
    afterAll(() => Promise.all([tdb.$disconnect(), db.$disconnect(), dbRead.$disconnect()]));

    it("runs the report's and the list's queries on the standby, and writes on the primary", async () => {
      const recovery = (client: typeof db) =>
        client.$queryRaw<[{ r: boolean }]>`SELECT pg_is_in_recovery() AS r`.then(([x]) => x.r);
      expect(await recovery(dbRead)).toBe(true);
      expect(await recovery(db)).toBe(false);
      // Inside readFromPrimary (publishing the figures), dbRead is the primary.
      expect(await readFromPrimary(() => recovery(dbRead))).toBe(false);

      const staff = await makeUser(tdb, "STAFF", { provinceIds: [12] });
      const year = await uniquePastYear();
      const { reference } = await createCase(
        staff,
        caseInput(year, "SEXUAL_EXPLOITATION"),
        request,
      );
      await waitForReplay(primaryUrl, admin);
      const list = await findCases(staff, filtersOf("cases", { year: String(year) }));
      expect(list.rows.map((r) => r.reference)).toEqual([reference]);
      const report = await buildReport(staff, year);
      expect(report.cases.total).toBe(1);
      // Named by the pool, on the standby: connections that ran the report's GROUP BYs.
      const replica = await standbyBackends(admin, database, "ctip-replica");
      expect(replica.length).toBeGreaterThan(0);
      expect(replica.some((b) => /GROUP BY/i.test(b.query))).toBe(true);
      expect(await standbyBackends(admin, database, "ctip-primary")).toEqual([]);
    });

    it("shows a save on its own page at once while the replica lags; the list once replay resumes", async () => {
      const staff = await makeUser(tdb, "STAFF", { provinceIds: [12] });
      const year = await uniquePastYear();
      const { id } = await createCase(staff, caseInput(year, "SEXUAL_EXPLOITATION"), request);
      await waitForReplay(primaryUrl, admin);
      const listed = async () =>
        (await findCases(staff, filtersOf("cases", { year: String(year) }))).rows.map(
          (r) => r.offenceType,
        );
      const reported = async () => (await buildReport(staff, year)).cases.total;
      expect(await listed()).toEqual(["SEXUAL_EXPLOITATION"]);

      await pauseReplay(admin);
      try {
        await updateCase(
          staff,
          { id, version: 1, ...caseInput(year, "LABOUR_EXPLOITATION") },
          request,
        );
        await createCase(staff, caseInput(year, "HUMAN_TRAFFICKING"), request);
        // The record's page reads the primary: the user sees their save.
        expect((await findCase(staff, id, request)).offenceType).toBe("LABOUR_EXPLOITATION");
        // The list and the report read the standby, which has not replayed it yet.
        expect(await listed()).toEqual(["SEXUAL_EXPLOITATION"]);
        expect(await reported()).toBe(1);
      } finally {
        await resumeReplay(admin);
      }
      await waitForReplay(primaryUrl, admin);
      expect((await listed()).sort()).toEqual(["HUMAN_TRAFFICKING", "LABOUR_EXPLOITATION"]);
      expect(await reported()).toBe(2);
    });
  },
);
