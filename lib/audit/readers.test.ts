import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every piece of code that reads the audit table, and why it may. A reader that shows or
// exports events must redact them through lib/audit/redact.ts; the others read no values a
// user sees. A new reader fails this test until it is added here, with its reason (decision 0019).
const READERS: Record<string, { redacts: boolean; why: string }> = {
  "lib/data/audit.ts": { redacts: true, why: "the /audit page and record history" },
  "lib/data/audit-export.ts": { redacts: true, why: "the CSV export" },
  "lib/audit/verify.ts": {
    redacts: false,
    why: "hashes rows; reports only a break's id and action",
  },
  "lib/audit/anchor-check.ts": {
    redacts: false,
    why: "reads the head's id, hash and count for an anchor; no content",
  },
  "lib/audit/record-batch.ts": { redacts: false, why: "reads the last hash to chain onto" },
  "lib/data/conflicts.ts": { redacts: false, why: "names changed fields (not values) to a writer" },
  "lib/data/report-revisions.ts": {
    redacts: false,
    why: "reads event dates to place a change in a year; returns codes, never values",
  },
  "lib/reports/verify-copy.ts": {
    redacts: false,
    why: "report:verify re-hashes a publication's anchor event; prints its id and hash only",
  },
  "lib/data/home-audit.ts": {
    redacts: false,
    why: "the auditors' home: outputs' date, actor, action and entity id (no changes); re-hashes the newest events",
  },
  "lib/bench/import.ts": { redacts: false, why: "benchmark: the last event id" },
  "lib/bench/import-floor.ts": { redacts: false, why: "benchmark: copies rows, shows none" },
  "lib/bench/load-verify.ts": {
    redacts: false,
    why: "benchmark: matches its own saves (the lead agency it wrote) to their events; prints counts only",
  },
};

const READS = [
  /\bauditEvent\s*\.\s*(find\w*|groupBy|aggregate)\b/,
  /\b(FROM|JOIN)\s+audit_event\b/i,
];
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      return ["generated", "testing", "node_modules"].includes(entry.name) ? [] : sourceFiles(rel);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("readers of the audit trail", () => {
  const files = ["lib", "app", "components", "prisma"].flatMap(sourceFiles);
  const readers = files.filter((f) =>
    READS.some((re) => re.test(readFileSync(path.join(ROOT, f), "utf8"))),
  );

  it("are each known, with the reason they may read it", () => {
    expect(readers.sort()).toEqual(Object.keys(READERS).sort());
  });

  it("redact what they show or export through redactAuditEvent", () => {
    for (const [file, reader] of Object.entries(READERS)) {
      if (!reader.redacts) continue;
      expect(readFileSync(path.join(ROOT, file), "utf8"), file).toMatch(/redactAuditEvent\(/);
    }
  });
});
