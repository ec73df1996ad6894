import { afterAll, describe, expect, it } from "vitest";
import { ownerDb, runsAsRuntimeRole, testDb } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { recordAudit } from "./append";
import { testAuditEvent } from "@/lib/testing/audit-events";

const db = testDb();
const owner = ownerDb();
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));
const request = { ip: "203.0.113.9", userAgent: "vitest" };

// Two layers: the runtime role the app connects as holds no UPDATE, DELETE or TRUNCATE on the
// table (decision 0023), and the trigger refuses even the owner, who holds them all.
describe("the database keeps the trail append-only", () => {
  const changes = [
    ["UPDATE", `UPDATE audit_event SET action = 'x' WHERE id = (SELECT max(id) FROM audit_event)`],
    ["DELETE", `DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)`],
    ["TRUNCATE", `TRUNCATE audit_event`],
  ];
  const arrangeEvent = () =>
    makeUser(db, "STAFF", { provinceIds: [12] }).then((u) =>
      db.$transaction((tx) =>
        recordAudit(tx, { actor: u, ...testAuditEvent("test.event"), request }),
      ),
    );

  it.skipIf(!runsAsRuntimeRole()).each(changes)(
    "refuses %s to the runtime role: permission denied (skipped on PGlite, which has one role)",
    async (_op, sql) => {
      await arrangeEvent();
      const before = await db.auditEvent.count();
      await expect(db.$executeRawUnsafe(sql)).rejects.toThrow(
        /permission denied for table audit_event/,
      );
      expect(await db.auditEvent.count()).toBe(before);
    },
  );

  it.each(changes)("refuses %s to the owner too: the trigger", async (_op, sql) => {
    await arrangeEvent();
    const before = await db.auditEvent.count();
    await expect(owner.$executeRawUnsafe(sql)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(before);
  });
});
