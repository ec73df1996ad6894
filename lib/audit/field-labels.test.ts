import { describe, expect, it } from "vitest";
import { auditedCase } from "@/lib/data/case-mutations";
import { auditedFollowUp, auditedReferral } from "@/lib/data/referral-mutations";
import { auditedSuspect } from "@/lib/data/suspect-fields";
import { auditedVictim } from "@/lib/data/victim-fields";
import en from "@/lib/i18n/messages/en.json";
import km from "@/lib/i18n/messages/km.json";
import { auditChangesOf, type AuditInput } from "./record";
import { auditedUserFields } from "./user-snapshot";

// Record history and /audit name each changed field by its label in `audit.fieldLabels`
// (components/audit/changes-summary.tsx). Every field a write path can put into
// `changes.fields` is found here through auditChangesOf, from the rows the write paths audit:
// cases, suspects and victims (lib/data and the import select these), user accounts
// (userAuditSnapshot: provinces as provinceIds) and the change of password (mustChangePassword).

const userSnapshot = {
  ...Object.fromEntries(
    Object.keys(auditedUserFields)
      .filter((k) => k !== "provinces")
      .map((k) => [k, 1]),
  ),
  provinceIds: [1],
};
const ROWS: Record<string, Record<string, unknown>> = {
  case: Object.fromEntries(Object.keys(auditedCase).map((k) => [k, 1])),
  suspect: Object.fromEntries(Object.keys(auditedSuspect).map((k) => [k, 1])),
  victim: Object.fromEntries(Object.keys(auditedVictim).map((k) => [k, 1])),
  referral: Object.fromEntries(Object.keys(auditedReferral).map((k) => [k, 1])),
  followUp: Object.fromEntries(Object.keys(auditedFollowUp).map((k) => [k, 1])),
  user: userSnapshot,
  password: { mustChangePassword: true },
};

function changedFields(after: Record<string, unknown>): string[] {
  const input = { before: null, after } as unknown as AuditInput;
  const changes = auditChangesOf(input) as { fields?: Record<string, unknown> };
  return Object.keys(changes.fields ?? {});
}

describe("audit field labels", () => {
  it.each(Object.entries(ROWS))(
    "labels every field a %s event can record, in English and in Khmer",
    (_, row) => {
      const fields = changedFields(row);
      expect(fields.length).toBeGreaterThan(0);
      const english = en.audit.fieldLabels as Record<string, string>;
      const khmer = (km.audit as { fieldLabels?: Record<string, string> }).fieldLabels ?? {};
      for (const field of fields) {
        expect(english[field], `audit.fieldLabels.${field} in en.json`).toBeTruthy();
        expect(khmer[field], `audit.fieldLabels.${field} in km.json`).toMatch(/[\u1780-\u17FF]/);
      }
    },
  );

  it("leaves secrets out, so no label is needed for them", () => {
    expect(changedFields({ passwordHash: "x", password: "y" })).toEqual([]);
  });
});
