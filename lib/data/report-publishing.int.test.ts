import { createHash } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { publishReportSpec } from "@/lib/actions/definitions/reports";
import { canonicalJson } from "@/lib/audit/canonical";
import { runGuarded } from "@/lib/auth/guard-core";
import type { TReportDocument } from "@/lib/reports/types";
import { ownerDb, runsAsRuntimeRole } from "@/lib/testing/db";
import {
  db,
  nationalManager,
  publishEvents,
  request,
  seedYear,
  snapshotsOf,
  y4,
} from "@/lib/testing/report-publishing";
import { uniquePublishableYear } from "@/lib/testing/publishable-year";
import { makeUser } from "@/lib/testing/users";
import { publishReport } from "./report-publishing";

// The audit write can be made to fail once, to show the snapshot goes with it.
const audit = vi.hoisted(() => ({ failNext: false }));
vi.mock("@/lib/audit/append", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/append")>();
  return {
    ...real,
    appendAuditContents: async (...args: Parameters<typeof real.appendAuditContents>) => {
      if (audit.failNext) {
        audit.failNext = false;
        throw new Error("audit write failed (test)");
      }
      return real.appendAuditContents(...args);
    },
  };
});

afterAll(() => db.$disconnect());

describe("publishing a year's report", () => {
  it("stores the national report with a hash anyone can recompute, and one audit event", async () => {
    const year = await uniquePublishableYear();
    await seedYear(year);
    const manager = await nationalManager();
    const result = await runGuarded(publishReportSpec, manager, request, {
      year: y4(year),
      note: "  First edition.  ",
    });
    expect(result).toMatchObject({ ok: true, data: { year, revision: 1 } });

    const [snapshot] = await snapshotsOf(year);
    expect(snapshot).toMatchObject({
      year,
      revision: 1,
      ageBandSet: "ncct",
      publishedById: manager.id,
      note: "First edition.",
    });
    const document = snapshot!.document as unknown as TReportDocument;
    expect(document).toMatchObject({
      year,
      scope: { national: true, provinces: [] },
      rules: { ageBandSet: "ncct" },
      cases: { total: 2 },
      victims: { total: 1 },
    });
    // Re-hash what the database holds, read as plain text, without the app's helpers.
    const [stored] = await db.$queryRaw<{ text: string }[]>`
      SELECT document::text AS text FROM report_snapshot WHERE id = ${snapshot!.id}::uuid`;
    const rehash = createHash("sha256")
      .update(canonicalJson(JSON.parse(stored!.text)), "utf8")
      .digest("hex");
    expect(rehash).toBe(snapshot!.sha256);
    expect(snapshot!.sha256).toMatch(/^[0-9a-f]{64}$/);

    const events = await publishEvents(year);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: manager.id,
      entityType: "report",
      entityId: String(year),
      provinceId: null,
      changes: { year, revision: 1, sha256: snapshot!.sha256, snapshotId: snapshot!.id },
    });
    // The snapshot names the audit chain's head at publication: its own report.published event,
    // whose hashed content carries the report's hash, so the two vouch for each other.
    expect(snapshot).toMatchObject({ auditHeadId: events[0]!.id, auditHeadHash: events[0]!.hash });
  });

  it("keeps the audit head whole: both or neither (older snapshots), and hex (CHECK)", async () => {
    const year = await uniquePublishableYear();
    const manager = await nationalManager();
    const document = { year, scope: { national: true, provinces: [] } };
    const insert = (headId: bigint | null, headHash: string | null) => db.$executeRaw`
      INSERT INTO report_snapshot (id, year, revision, age_band_set, document, sha256,
                                   published_by_id, audit_head_id, audit_head_hash)
      VALUES (gen_random_uuid(), ${year}, 1, 'ncct', ${JSON.stringify(document)}::jsonb,
              ${"a".repeat(64)}, ${manager.id}::uuid, ${headId}, ${headHash})`;
    await expect(insert(1n, null)).rejects.toThrow(/report_snapshot_audit_head_check/);
    await expect(insert(null, "b".repeat(64))).rejects.toThrow(/report_snapshot_audit_head_check/);
    await expect(insert(1n, "NOT-HEX".padEnd(64, "x"))).rejects.toThrow(/audit_head_check/);
    expect(await snapshotsOf(year)).toHaveLength(0);
    await insert(null, null);
    expect(await snapshotsOf(year)).toMatchObject([{ auditHeadId: null, auditHeadHash: null }]);
  });

  it("writes neither the snapshot nor the event when the audit write fails", async () => {
    const year = await uniquePublishableYear();
    await seedYear(year);
    const manager = await nationalManager();
    audit.failNext = true;
    await expect(publishReport(manager, { year }, request)).rejects.toThrow(/audit write failed/);
    expect(await snapshotsOf(year)).toHaveLength(0);
    expect(await publishEvents(year)).toHaveLength(0);
    // And the next attempt publishes revision 1, not 2.
    await publishReport(manager, { year }, request);
    expect((await snapshotsOf(year)).map((s) => s.revision)).toEqual([1]);
  });

  for (const role of ["STAFF", "AUDITOR", "ADMIN"] as const) {
    it(`is refused to ${role}, writing nothing`, async () => {
      const year = await uniquePublishableYear();
      const user = await makeUser(db, role, { nationalScope: true });
      const result = await runGuarded(publishReportSpec, user, request, { year: y4(year) });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await snapshotsOf(year)).toHaveLength(0);
      expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
    });
  }

  it("is refused to a province-scoped manager, with the reason, writing nothing", async () => {
    const year = await uniquePublishableYear();
    const manager = await makeUser(db, "MANAGER", { provinceIds: [12] });
    const result = await runGuarded(publishReportSpec, manager, request, { year: y4(year) });
    expect(result).toMatchObject({ ok: false, code: "forbidden", messageKey: "nationalOnly" });
    expect(await snapshotsOf(year)).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { actorId: manager.id } })).toBe(0);
  });

  it("refuses a note over 500 characters and a year not yet begun, writing nothing", async () => {
    const year = await uniquePublishableYear();
    const manager = await nationalManager();
    const long = await runGuarded(publishReportSpec, manager, request, {
      year: y4(year),
      note: "x".repeat(501),
    });
    expect(long).toMatchObject({ ok: false, code: "invalid", fieldErrors: { note: ["tooLong"] } });
    const future = await runGuarded(publishReportSpec, manager, request, {
      year: String(new Date().getUTCFullYear() + 2),
    });
    expect(future).toMatchObject({ ok: false, fieldErrors: { year: ["futureYear"] } });
    expect(await snapshotsOf(year)).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { actorId: manager.id } })).toBe(0);
  });

  it("gives concurrent publications distinct revisions", async () => {
    const year = await uniquePublishableYear();
    await seedYear(year);
    const managers = await Promise.all([nationalManager(), nationalManager(), nationalManager()]);
    const results = await Promise.all(managers.map((m) => publishReport(m, { year }, request)));
    expect(results.map((r) => r.revision).sort()).toEqual([1, 2, 3]);
    expect((await snapshotsOf(year)).map((s) => s.revision)).toEqual([1, 2, 3]);
    expect(await publishEvents(year)).toHaveLength(3);
  });

  it("cannot be changed or removed afterwards, even with SQL", async () => {
    const year = await uniquePublishableYear();
    const { id } = await publishReport(await nationalManager(), { year }, request);
    // The runtime role holds no UPDATE or DELETE on the table (decision 0023); the trigger refuses
    // the owner too. On PGlite, with one role, the trigger is the only layer.
    const asApp = runsAsRuntimeRole()
      ? /permission denied for table report_snapshot/
      : /append-only/;
    const owner = ownerDb();
    try {
      for (const client of [db, owner]) {
        await expect(
          client.$executeRaw`UPDATE report_snapshot SET note = 'edited' WHERE id = ${id}::uuid`,
        ).rejects.toThrow(client === db ? asApp : /append-only/);
        await expect(
          client.$executeRaw`DELETE FROM report_snapshot WHERE id = ${id}::uuid`,
        ).rejects.toThrow(client === db ? asApp : /append-only/);
      }
    } finally {
      await owner.$disconnect();
    }
    expect(await snapshotsOf(year)).toMatchObject([{ id, note: null }]);
  });
});
