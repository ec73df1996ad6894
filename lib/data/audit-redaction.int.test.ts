import { afterAll, describe, expect, it } from "vitest";
import { createCaseSpec } from "@/lib/actions/definitions/cases";
import { createSuspectSpec } from "@/lib/actions/definitions/suspects";
import { createVictimSpec, updateVictimSpec } from "@/lib/actions/definitions/victims";
import { REDACTED } from "@/lib/audit/redact";
import { recordAudit } from "@/lib/audit/append";
import { verifyAuditChain } from "@/lib/audit/verify";
import type { ActingUser } from "@/lib/auth/acting-user";
import { runGuarded } from "@/lib/auth/guard-core";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { suspectForm, victimForm } from "@/lib/testing/people";
import { makeUser } from "@/lib/testing/users";
import { ZAuditFilters } from "@/lib/validation/audit";
import { findAuditEvents, findRecordHistory } from "./audit";
import { exportAuditCsv } from "./audit-export";

// Every path that shows or exports audit events, read as each role that may read it: victims'
// names and dates of birth, suspects' names, dates of birth and charges, and cases' summaries
// never reach a reader without `read:victim-identity` (decision 0019).

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "192.0.2.91", userAgent: "vitest" };

function idOf(result: unknown): string {
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: string } }).data.id;
}

/** A case, a victim (created, then renamed) and a suspect, by a staff member of Phnom Penh, with
 * a victim's name in every free text. Returns the secrets no auditor or manager may read. */
async function arrange() {
  const key = uniqueKey();
  const staff = await makeUser(db, "STAFF", { provinceIds: [12] });
  const first = `Sokha Redact${key}`;
  const renamed = `Sophea Redact${key}`;
  const summary = `Rescued ${first} from a karaoke bar`;
  const suspectName = `Vuthy Suspect${key}`;
  const charges = `Article 15, trafficking of ${first}`;
  const caseId = idOf(
    await runGuarded(createCaseSpec, staff, request, {
      offenceType: "SEXUAL_EXPLOITATION",
      provinceId: 12,
      leadAgency: "Anti-Human Trafficking Police",
      crackedDownOn: "2017-03-14",
      crackedDownTime: "23:30",
      status: "OPEN",
      summary,
    }),
  );
  const form = victimForm(caseId, { name: first, dateOfBirth: "2003-11-27" });
  const victimId = idOf(await runGuarded(createVictimSpec, staff, request, form));
  idOf(
    await runGuarded(updateVictimSpec, staff, request, {
      ...form,
      id: victimId,
      version: 1,
      name: renamed,
    }),
  );
  const suspectId = idOf(
    await runGuarded(createSuspectSpec, staff, request, {
      ...suspectForm(caseId, { name: suspectName, charges, dateOfBirth: "1975-09-13" }),
    }),
  );
  const secrets = [first, renamed, "2003-11-27", summary, suspectName, charges, "1975-09-13"];
  return { staff, caseId, victimId, suspectId, secrets, key };
}

function expectNone(output: unknown, secrets: string[]) {
  const text =
    typeof output === "string"
      ? output
      : JSON.stringify(output, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));
  for (const secret of secrets) expect(text).not.toContain(secret);
  // The redaction key itself: without it `Redact…` in a name would still match a fragment.
  expect(text).not.toMatch(/Redact[0-9A-F]{8}|Suspect[0-9A-F]{8}/);
}

async function readCsv(user: ActingUser, filters: Record<string, string>) {
  const stream = await exportAuditCsv(user, ZAuditFilters.parse(filters), request);
  return new Response(stream).text();
}

describe("the audit trail withholds victims' identities from readers without the permission", () => {
  it("on the /audit page's data, filtered by actor and by the victim's id", async () => {
    const { staff, victimId, secrets } = await arrange();
    const auditor = await makeUser(db, "AUDITOR");
    const byActor = await findAuditEvents(auditor, ZAuditFilters.parse({ actor: staff.email }));
    expect(byActor.rows.map((r) => r.action).sort()).toEqual([
      "case.created",
      "suspect.created",
      "victim.created",
      "victim.updated",
    ]);
    expectNone(byActor.rows, secrets);
    const byId = await findAuditEvents(auditor, ZAuditFilters.parse({ entityId: victimId }));
    expect(byId.rows.map((r) => r.action)).toEqual(["victim.updated", "victim.created"]);
    expectNone(byId.rows, secrets);
    // Who changed what stays visible: the name changed, and the visible fields as they were.
    expect(byId.rows[0]!.changes).toMatchObject({
      fields: { name: { before: REDACTED, after: REDACTED } },
    });
    expect(byId.rows[1]!.changes).toMatchObject({
      fields: {
        name: { before: null, after: REDACTED },
        dateOfBirth: { before: null, after: REDACTED },
        exploitationType: { before: null, after: "SEXUAL" },
      },
    });
  });

  it("in the CSV export, filtered by actor and by the victim's id", async () => {
    const { staff, victimId, secrets } = await arrange();
    const auditor = await makeUser(db, "AUDITOR");
    const csv = await readCsv(auditor, { actor: staff.email });
    expect(csv).toContain("victim.updated");
    expect(csv).toContain(REDACTED);
    expectNone(csv, secrets);
    expectNone(await readCsv(auditor, { entityId: victimId }), secrets);
  });

  it.each(["AUDITOR", "MANAGER"] as const)("in record history, read as %s", async (role) => {
    const { caseId, victimId, suspectId, secrets } = await arrange();
    const reader = await makeUser(db, role);
    const histories = await Promise.all([
      findRecordHistory(reader, "victim", victimId),
      findRecordHistory(reader, "case", caseId),
      findRecordHistory(reader, "suspect", suspectId),
    ]);
    expect(histories.map((h) => h.length)).toEqual([2, 1, 1]);
    expectNone(histories, secrets);
  });

  it("shows staff, who may read identities, the values in record history", async () => {
    const { staff, caseId, victimId, suspectId, secrets } = await arrange();
    const histories = await Promise.all([
      findRecordHistory(staff, "victim", victimId),
      findRecordHistory(staff, "case", caseId),
      findRecordHistory(staff, "suspect", suspectId),
    ]);
    const text = JSON.stringify(histories, (_, v: unknown) =>
      typeof v === "bigint" ? String(v) : v,
    );
    for (const secret of secrets) expect(text).toContain(secret);
    expect(text).not.toContain(REDACTED);
  });

  it("masks text typed at a failed sign-in for no account, and leaves the chain verifiable", async () => {
    const auditor = await makeUser(db, "AUDITOR");
    const typed = `Typed-Password-${uniqueKey()}`;
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "user.sign_in_failed",
        entityType: "user",
        details: { email: typed, reason: "unknown-account" },
        request: { ip: "192.0.2.92", userAgent: `vitest ${typed}` },
      }),
    );
    const { rows } = await findAuditEvents(
      auditor,
      ZAuditFilters.parse({ action: "user.sign_in_failed" }),
    );
    const mine = rows.find((r) => r.userAgent === `vitest ${typed}`);
    expect(mine?.changes).toEqual({ email: REDACTED, reason: "unknown-account" });
    const csv = await readCsv(auditor, { action: "user.sign_in_failed" });
    expect(csv).not.toContain(`"email":"${typed}"`);
    // Redaction is on read only: what was written is what the chain hashes.
    const stored = await db.auditEvent.findFirstOrThrow({
      where: { userAgent: `vitest ${typed}` },
    });
    expect(stored.changes).toMatchObject({ email: typed });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
