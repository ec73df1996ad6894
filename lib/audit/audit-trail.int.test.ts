import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/lib/data/account";
import { exportAuditCsv } from "@/lib/data/audit-export";
import {
  createUser,
  resetUserPassword,
  setUserActive,
  updateUserAccess,
} from "@/lib/data/user-admin";
import { ownerDb, testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser, TEST_PASSWORD, USER_CREATED_FIELDS } from "@/lib/testing/users";
import { ZAuditFilters } from "@/lib/validation/audit";
import { recordAudit } from "./append";
import { verifyAuditChain } from "./verify";
import { testAuditEvent } from "@/lib/testing/audit-events";

const db = testDb();
// Only the owner may disable the trigger, as a tamperer with the owner's credentials would.
const owner = ownerDb();
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));
const request = { ip: "203.0.113.9", userAgent: "vitest" };

async function eventsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}

describe("each mutation writes exactly one correct audit event", () => {
  it("user.created, with field-level values and no password", async () => {
    const admin = await makeUser(db, "ADMIN");
    const email = `created-${uniqueKey().toLowerCase()}@test.invalid`;
    const { id, temporaryPassword } = await createUser(
      admin,
      {
        email,
        name: "Created",
        role: "STAFF",
        nationalScope: false,
        provinceIds: [12, 8],
        agencyId: 1,
        agencyUnit: null,
      },
      request,
    );
    const events = await eventsFor(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.created",
      entityType: "user",
      actorId: admin.id,
      actorEmail: admin.email,
      ip: request.ip,
      userAgent: request.userAgent,
      changes: {
        fields: {
          email: { before: null, after: email },
          role: { before: null, after: "STAFF" },
          provinceIds: { before: null, after: [8, 12] },
        },
      },
    });
    const fields = (events[0]!.changes as { fields: Record<string, unknown> }).fields;
    expect(Object.keys(fields).sort()).toEqual(USER_CREATED_FIELDS);
    const stored = JSON.stringify(events[0]!.changes);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id } });
    expect(stored).not.toContain("password");
    expect(stored).not.toContain(passwordHash);
    expect(stored).not.toContain(temporaryPassword);
  });

  it("user.access_changed, user.deactivated, user.reactivated, user.password_reset", async () => {
    const admin = await makeUser(db, "ADMIN");
    const target = await makeUser(db, "STAFF", { provinceIds: [12] });
    await updateUserAccess(
      admin,
      {
        id: target.id,
        version: 1,
        name: target.name,
        role: "MANAGER",
        nationalScope: true,
        provinceIds: [],
        agencyId: 1,
        agencyUnit: null,
      },
      request,
    );
    await setUserActive(admin, { id: target.id, version: 2 }, false, request);
    await setUserActive(admin, { id: target.id, version: 3 }, true, request);
    const { temporaryPassword } = await resetUserPassword(
      admin,
      { id: target.id, version: 4 },
      request,
    );
    const events = await eventsFor(target.id);
    expect(events.map((e) => e.action)).toEqual([
      "user.access_changed",
      "user.deactivated",
      "user.reactivated",
      "user.password_reset",
    ]);
    expect(events[0]!.changes).toMatchObject({
      fields: {
        role: { before: "STAFF", after: "MANAGER" },
        nationalScope: { before: false, after: true },
        provinceIds: { before: [12], after: [] },
      },
    });
    expect(events[1]!.changes).toMatchObject({
      fields: { active: { before: true, after: false } },
    });
    expect(JSON.stringify(events[3]!.changes)).not.toContain(temporaryPassword);
    expect(events[3]!.changes).toMatchObject({
      fields: { mustChangePassword: { before: false, after: true } },
    });
  });

  it("user.password_changed", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const next = `Another-Strong-One-${uniqueKey()}`;
    await changeOwnPassword(
      user,
      { currentPassword: TEST_PASSWORD, newPassword: next, confirmPassword: next },
      request,
    );
    const events = await eventsFor(user.id);
    expect(events.map((e) => e.action)).toEqual(["user.password_changed"]);
    expect(JSON.stringify(events[0]!.changes)).not.toContain(next);
  });

  it("audit.exported, written before the export streams", async () => {
    const auditor = await makeUser(db, "AUDITOR");
    const filters = ZAuditFilters.parse({ entityType: "user" });
    const stream = await exportAuditCsv(auditor, filters, request);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    // A UTF-8 byte-order mark first, so Excel reads Khmer correctly.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split("\r\n")[0]).toBe(
      '"id","occurred_at","actor","action","entity_type","entity_id","changes","ip","user_agent","hash"',
    );
    expect(csv).toContain("user.created");
    const exported = await db.auditEvent.findFirstOrThrow({
      where: { actorId: auditor.id, action: "audit.exported" },
    });
    expect(exported.changes).toMatchObject({ format: "csv", filters: { entityType: "user" } });
  });
});

describe("a refused change writes nothing, audit included", () => {
  it("a stale version", async () => {
    const admin = await makeUser(db, "ADMIN");
    const target = await makeUser(db, "STAFF", { provinceIds: [12] });
    const auditBefore = await db.auditEvent.count();
    await expect(
      setUserActive(admin, { id: target.id, version: 7 }, false, request),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await db.auditEvent.count()).toBe(auditBefore);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      active: true,
      version: 1,
    });
  });

  it("the last active administrator", async () => {
    const admin = await makeUser(db, "ADMIN");
    // Leave exactly one active administrator: this one.
    const others = await db.user.findMany({
      where: { role: "ADMIN", active: true, id: { not: admin.id } },
    });
    await db.user.updateMany({
      where: { id: { in: others.map((o) => o.id) } },
      data: { active: false },
    });
    try {
      const auditBefore = await db.auditEvent.count();
      await expect(
        setUserActive(admin, { id: admin.id, version: 1 }, false, request),
      ).rejects.toMatchObject({
        code: "last-admin",
      });
      await expect(
        updateUserAccess(
          admin,
          {
            id: admin.id,
            version: 1,
            name: admin.name,
            role: "STAFF",
            nationalScope: true,
            provinceIds: [],
            agencyId: 1,
            agencyUnit: null,
          },
          request,
        ),
      ).rejects.toMatchObject({ code: "last-admin" });
      expect(await db.auditEvent.count()).toBe(auditBefore);
      expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        active: true,
        role: "ADMIN",
      });
    } finally {
      await db.user.updateMany({
        where: { id: { in: others.map((o) => o.id) } },
        data: { active: true },
      });
    }
  });
});

describe("the hash chain", () => {
  it("stays intact under concurrent writers", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction((tx) =>
          recordAudit(tx, {
            actor: user,
            ...testAuditEvent("test.concurrent"),
            entityId: String(i),
            request,
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it("catches a row altered with the trigger disabled, at that row, in the API and the CLI", async () => {
    const user = await makeUser(db, "STAFF", { provinceIds: [12] });
    const target = await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: user,
        ...testAuditEvent("test.tamper"),
        entityId: "t",
        request,
      }),
    );
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: user, ...testAuditEvent("test.after"), request }),
    );
    const original = await db.auditEvent.findUniqueOrThrow({ where: { id: target.id } });
    const tamper = async (actorEmail: string | null) => {
      await owner.$transaction([
        owner.$executeRawUnsafe(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`),
        owner.$executeRaw`UPDATE audit_event SET actor_email = ${actorEmail} WHERE id = ${target.id}`,
        owner.$executeRawUnsafe(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`),
      ]);
    };
    await tamper("someone-else@test.invalid");
    try {
      const report = await verifyAuditChain(db);
      expect(report.ok).toBe(false);
      expect(report.firstBreak).toMatchObject({
        id: target.id,
        reason: "content-altered",
        action: "test.tamper",
      });

      const cli = await promisify(execFile)("npx", ["tsx", "lib/cli/audit-verify.ts"], {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      }).catch((e: { stdout: string; code: number }) => e);
      expect("code" in cli ? cli.code : 0).toBe(1);
      expect(cli.stdout).toContain(`Audit chain BROKEN at event ${target.id} (test.tamper`);
    } finally {
      await tamper(original.actorEmail);
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
