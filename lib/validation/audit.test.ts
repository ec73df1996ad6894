import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/domain/audit-actions";
import { ZAuditFilters, parseAuditFilters } from "./audit";

describe("the audit filters", () => {
  it("accept every catalogued action and entity type, and a blank as no filter", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(ZAuditFilters.parse({ action }), action).toEqual({ action });
    }
    for (const entityType of AUDIT_ENTITY_TYPES) {
      expect(ZAuditFilters.parse({ entityType }), entityType).toEqual({ entityType });
    }
    expect(ZAuditFilters.parse({ action: "", entityType: "" })).toEqual({});
  });

  it("refuse any other value with a message beside the filter, and apply the rest", () => {
    const { filters, errors } = parseAuditFilters({
      action: "user.",
      entityType: "Victim",
      actor: "auditor",
    });
    expect(errors).toEqual({ action: "choose", entityType: "choose" });
    expect(filters).toEqual({ actor: "auditor" });
    for (const action of ["toString", "__proto__", "user.signed_in ", "x".repeat(300)]) {
      expect(ZAuditFilters.safeParse({ action }).success, action).toBe(false);
    }
  });
});
