import { describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashAuditEvent } from "./canonical";
import { auditContentOf, type AuditInput } from "./record";
import {
  AUDIT_COLUMNS,
  chainEventOf,
  createdEvents,
  recordAuditBatch,
  type AuditRowCell,
} from "./record-batch";
import { testAuditEvent } from "@/lib/testing/audit-events";

const base = {
  actor: { id: "00000000-0000-4000-8000-000000000001", email: "staff@test.invalid" },
  action: "victim.created" as const,
  entityType: "victim" as const,
  entityId: "v1",
  provinceId: 12,
  request: { ip: "127.0.0.1", userAgent: 'vitest "quoted" ☃' },
};

const snapshots: Record<string, unknown>[] = [
  {
    id: "v1",
    code: "V-7K3M9Q",
    name: 'Sok "Dara"\tសុខ\u200B\n\\',
    dateOfBirth: new Date("2001-07-04T00:00:00Z"),
    ageAtRescue: null,
    rescuedAbroad: false,
    rescueProvinceId: 12,
    servicesReferred: ["SHELTER", "MEDICAL"],
    version: 1,
    deletedAt: null,
  },
  // Keys in another order, an empty list, zero, a secret and a nested value (the generic path).
  { version: 0, servicesReferred: [], password: "never stored", zeta: true, Alpha: "upper" },
  { id: "v2", nested: { b: 1, a: [2, { d: 1, c: 2 }] }, at: new Date(0) },
  // Text JSON must escape, and numbers JSON writes its own way.
  {
    control: "a\u0001b\u2028c\ud800d\u007f/",
    numbers: [1e21, -0, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY],
    big: 1e21,
    negativeZero: -0,
    fraction: 0.30000000000000004,
    notANumber: Number.NaN,
    list: ['a"b', "ü", ""],
  },
];

describe("createdEvents", () => {
  it.each(snapshots)("records what chainEventOf records, as canonical JSON (%#)", (after) => {
    for (const details of [{}, { importSha256: "ab" }, { a: 1, z: { y: 2, x: 1 } }]) {
      const fast = createdEvents(details)(base, after);
      const generic = chainEventOf({ ...base, before: null, after, details });
      expect(fast).toEqual(generic);
    }
    expect(createdEvents()(base, after).changes).not.toContain("never stored");
  });

  it("follows a change of shape between records of one batch", () => {
    const created = createdEvents({ importSha256: "ab" });
    for (const after of [...snapshots, ...snapshots.slice().reverse()]) {
      const generic = chainEventOf({
        ...base,
        before: null,
        after,
        details: { importSha256: "ab" },
      });
      expect(created(base, after)).toEqual(generic);
    }
  });
});

/** A transaction that holds no events yet, or ends in `lastHash`; enough for recordAuditBatch. */
function chainTx(lastHash: string | null) {
  return {
    $executeRaw: async () => 0,
    auditEvent: { findFirst: async () => (lastHash ? { hash: lastHash } : null) },
  } as unknown as Prisma.TransactionClient;
}

describe("one audit hash input", () => {
  const changes: AuditInput[] = [
    { ...base, before: null, after: snapshots[0]!, details: { importSha256: "ab" } },
    { ...base, action: "victim.updated", before: snapshots[0]!, after: snapshots[2]! },
    { ...base, action: "report.exported", entityType: "report", details: { year: 2017 } },
    { ...base, actor: null, action: "user.signed_in", entityType: "user" },
  ];

  it.each(changes)(
    "a single write and a batch write of $action give the same hash",
    async (input) => {
      const prev = "e".repeat(64);
      const rows: (readonly AuditRowCell[])[] = [];
      await recordAuditBatch(chainTx(prev), [chainEventOf(input)], async () => ({
        write: (row: readonly AuditRowCell[]) => void rows.push(row),
        end: async () => {},
        abort: async () => {},
      }));
      const at = rows[0]![AUDIT_COLUMNS.indexOf("occurred_at")] as Date;
      // What recordAudit and audit_append hash for the same input at the same moment.
      const single = hashAuditEvent(prev, auditContentOf(input, at));
      expect(rows[0]![AUDIT_COLUMNS.indexOf("hash")]).toBe(single);
    },
  );
});

describe("recordAuditBatch", () => {
  it("chains every event exactly as hashAuditEvent would, in order", async () => {
    const events = [
      ...snapshots.map((after, i) => createdEvents()({ ...base, entityId: `v${i}` }, after)),
      chainEventOf({ ...base, action: "import.completed", entityType: "import", details: {} }),
      chainEventOf({ actor: null, ...testAuditEvent("x", "y"), request: base.request }),
    ];
    const rows: (readonly AuditRowCell[])[] = [];
    const tx = {
      $executeRaw: async () => 0,
      auditEvent: { findFirst: async () => ({ hash: "f".repeat(64) }) },
    } as unknown as Prisma.TransactionClient;
    let ended = false;
    const sink = async () => ({
      write: (row: readonly AuditRowCell[]) => void rows.push(row),
      end: async () => void (ended = true),
      abort: async () => {},
    });
    await recordAuditBatch(tx, events, sink);
    expect(ended).toBe(true);
    let prev: string | null = "f".repeat(64);
    for (const cells of rows) {
      const row = Object.fromEntries(AUDIT_COLUMNS.map((c, i) => [c, cells[i]])) as Record<
        (typeof AUDIT_COLUMNS)[number],
        AuditRowCell
      >;
      const changes = row.changes as { json: string } | null;
      const expected = hashAuditEvent(prev, {
        occurredAt: row.occurred_at as Date,
        actorId: row.actor_id as string | null,
        actorEmail: row.actor_email as string | null,
        action: row.action as string,
        entityType: row.entity_type as string,
        entityId: row.entity_id as string | null,
        provinceId: row.province_id as number | null,
        changes: changes ? JSON.parse(changes.json) : null,
        ip: row.ip as string | null,
        userAgent: row.user_agent as string | null,
      });
      expect(row.prev_hash).toBe(prev);
      expect(row.hash).toBe(expected);
      prev = expected;
    }
    expect(rows).toHaveLength(events.length);
  });

  it("aborts the sink when an event fails half-way, so the connection is freed for the rollback", async () => {
    const tx = {
      $executeRaw: async () => 0,
      auditEvent: { findFirst: async () => null },
    } as unknown as Prisma.TransactionClient;
    const calls: string[] = [];
    const sink = async () => ({
      write: () => void calls.push("write"),
      end: async () => void calls.push("end"),
      abort: async () => void calls.push("abort"),
    });
    function* events() {
      yield chainEventOf({ ...base, details: { n: 1 } });
      throw new Error("no second event");
    }
    await expect(recordAuditBatch(tx, events(), sink)).rejects.toThrow("no second event");
    expect(calls).toEqual(["write", "abort"]);
  });
});
