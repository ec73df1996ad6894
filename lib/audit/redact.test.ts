import { describe, expect, it } from "vitest";
import { roleCan } from "@/lib/auth/permissions";
import { auditedCase } from "@/lib/data/case-mutations";
import { auditedFollowUp, auditedReferral } from "@/lib/data/referral-mutations";
import { auditedSuspect } from "@/lib/data/suspect-fields";
import { auditedVictim } from "@/lib/data/victim-fields";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  REDACTED,
  redactAuditChanges,
  redactAuditEvent,
  visibleFieldsOf,
  WITHHELD_FIELDS,
} from "./redact";

/** What the trail's readers in lib/data pass: the permission table's answer for the role. */
const mayRead = (role: Role) => roleCan(role, "read:victim-identity");

const victimCreated = {
  entityType: "victim",
  entityId: "7c1d0b4e-0000-4000-8000-000000000001",
  action: "victim.created",
  changes: {
    fields: {
      code: { before: null, after: "V-7K3M9Q" },
      name: { before: null, after: "Sok Dara" },
      dateOfBirth: { before: null, after: "2001-07-04T00:00:00.000Z" },
      exploitationType: { before: null, after: "SEXUAL" },
    },
    importSha256: "ab".repeat(32),
  },
};

describe("redactAuditChanges", () => {
  it.each(["MANAGER", "AUDITOR", "ADMIN"] as const)(
    "withholds a victim's name and date of birth from %s, showing that they changed",
    (role) => {
      const seen = redactAuditChanges(victimCreated, mayRead(role));
      expect(seen).toEqual({
        fields: {
          code: { before: null, after: "V-7K3M9Q" },
          name: { before: null, after: REDACTED },
          dateOfBirth: { before: null, after: REDACTED },
          exploitationType: { before: null, after: "SEXUAL" },
        },
        importSha256: "ab".repeat(32),
      });
      expect(JSON.stringify(seen)).not.toMatch(/Sok Dara|2001-07-04/);
    },
  );

  it("shows everything to staff, who may read victims' identities", () => {
    expect(redactAuditChanges(victimCreated, mayRead("STAFF"))).toEqual(victimCreated.changes);
  });

  it("withholds suspects' names, dates of birth and charges, and cases' summaries", () => {
    const suspect = {
      entityType: "suspect",
      entityId: "s",
      action: "suspect.updated",
      changes: {
        fields: {
          name: { before: "Chan Vuthy", after: "Chan Vuthy Jr" },
          dateOfBirth: { before: "1980-02-29T00:00:00.000Z", after: null },
          charges: { before: "Trafficking of Sok Dara", after: "" },
          role: { before: "BROKER", after: "RECRUITER" },
        },
      },
    };
    expect(redactAuditChanges(suspect, mayRead("AUDITOR"))).toEqual({
      fields: {
        name: { before: REDACTED, after: REDACTED },
        dateOfBirth: { before: REDACTED, after: null },
        charges: { before: REDACTED, after: "" },
        role: { before: "BROKER", after: "RECRUITER" },
      },
    });
    const kase = {
      entityType: "case",
      entityId: "c",
      action: "case.updated",
      changes: { fields: { summary: { before: null, after: "Sok Dara was found" } } },
    };
    expect(redactAuditChanges(kase, mayRead("MANAGER"))).toEqual({
      fields: { summary: { before: null, after: REDACTED } },
    });
  });

  it("withholds fields and facts it does not know (a column added later) by default", () => {
    const event = {
      entityType: "victim",
      entityId: "v",
      action: "victim.updated",
      changes: { fields: { notes: { before: "x", after: "y" } }, label: "Sok Dara" },
    };
    expect(redactAuditChanges(event, mayRead("AUDITOR"))).toEqual({
      fields: { notes: { before: REDACTED, after: REDACTED } },
      label: REDACTED,
    });
  });

  it("decides every field listed as withheld", () => {
    for (const [entityType, fields] of Object.entries(WITHHELD_FIELDS)) {
      const changes = {
        fields: Object.fromEntries(fields.map((f) => [f, { before: 1, after: 2 }])),
      };
      const seen = redactAuditChanges(
        { entityType, entityId: "x", action: "x", changes },
        mayRead("AUDITOR"),
      );
      expect(JSON.stringify(seen)).not.toMatch(/:[12]\b/);
    }
  });

  it.each([
    ["victim", auditedVictim],
    ["suspect", auditedSuspect],
    ["case", auditedCase],
    ["referral", auditedReferral],
    ["referral", auditedFollowUp],
  ] as const)("has decided every audited column of a %s", (entityType, audited) => {
    const decided = [...visibleFieldsOf(entityType)!, ...WITHHELD_FIELDS[entityType]!];
    expect(decided).toEqual(expect.arrayContaining(Object.keys(audited)));
  });

  it("masks the text typed at a failed sign-in for no known account, for every reader", () => {
    const failed = (email: string, entityId: string | null = null) => ({
      entityType: "user",
      entityId,
      action: "user.sign_in_failed",
      changes: { email, reason: entityId ? "wrong-password" : "unknown-account" },
    });
    for (const role of ["AUDITOR", "ADMIN", "STAFF"] as const) {
      expect(redactAuditChanges(failed("sok.dara@example.org"), mayRead(role))).toEqual({
        email: `${REDACTED}@example.org`,
        reason: "unknown-account",
      });
      expect(redactAuditChanges(failed("Correct-Horse-42"), mayRead(role))).toMatchObject({
        email: REDACTED,
      });
    }
    // A known account's address is the account's own, shown as it is everywhere else.
    expect(
      redactAuditChanges(failed("staff@demo.ncct.test", "u1"), mayRead("AUDITOR")),
    ).toMatchObject({
      email: "staff@demo.ncct.test",
    });
  });

  it("leaves other events (users, exports, imports, reports) as they are", () => {
    const exported = {
      entityType: "audit_event",
      entityId: null,
      action: "audit.exported",
      changes: { format: "csv", filters: { entityId: "v" } },
    };
    expect(redactAuditChanges(exported, mayRead("AUDITOR"))).toEqual(exported.changes);
    expect(redactAuditChanges({ ...exported, changes: null }, mayRead("AUDITOR"))).toBeNull();
  });

  it("redactAuditEvent keeps the rest of the row", () => {
    const row = { id: 1n, actorEmail: "a@b.c", ...victimCreated };
    const seen = redactAuditEvent(row, mayRead("AUDITOR"));
    expect(seen).toMatchObject({ id: 1n, actorEmail: "a@b.c", action: "victim.created" });
    expect(JSON.stringify(seen.changes)).not.toContain("Sok Dara");
    expect(row.changes.fields.name.after).toBe("Sok Dara");
  });
});
