import { describe, expect, it } from "vitest";
import { canonicalJson, hashAuditEvent, type AuditContent } from "./canonical";

const content: AuditContent = {
  occurredAt: new Date("2017-12-31T16:30:00.000Z"),
  actorId: "00000000-0000-4000-8000-000000000001",
  actorEmail: "a@example.org",
  action: "victim.updated",
  entityType: "victim",
  entityId: "v1",
  provinceId: 12,
  changes: { fields: { sex: { before: "UNKNOWN", after: "FEMALE" } } },
  ip: "127.0.0.1",
  userAgent: "test",
};

describe("canonicalJson", () => {
  it("sorts keys at every depth, so jsonb's reordering cannot change a hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":2,"f":1}]},"b":1}',
    );
  });
});

describe("hashAuditEvent", () => {
  it("is a SHA-256 hex digest that depends on the previous hash and on every field", () => {
    const h = hashAuditEvent(null, content);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEvent("0".repeat(64), content)).not.toBe(h);
    for (const [key, value] of Object.entries({
      actorEmail: "b@example.org",
      provinceId: 8,
      ip: null,
    })) {
      expect(hashAuditEvent(null, { ...content, [key]: value })).not.toBe(h);
    }
    expect(
      hashAuditEvent(null, {
        ...content,
        changes: { fields: { sex: { after: "FEMALE", before: "UNKNOWN" } } },
      }),
    ).toBe(h);
  });
});
