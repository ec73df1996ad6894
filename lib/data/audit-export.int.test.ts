import { afterAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/append";
import { testDb, uniqueKey } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { ZAuditFilters } from "@/lib/validation/audit";
import { exportAuditCsv } from "./audit-export";
import { testAuditEvent } from "@/lib/testing/audit-events";

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "203.0.113.9", userAgent: "vitest" };

describe("the audit CSV export opens safely in a spreadsheet", () => {
  it("quotes every field and neutralises stored text that would run as a formula", async () => {
    const auditor = await makeUser(db, "AUDITOR");
    const action = `test.csv_${uniqueKey()}`;
    // A `;` list separator splits an unquoted "x;=cmd|…" into a cell that starts with "=".
    const agents = ["x;=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example")', " @SUM(A1)"];
    for (const userAgent of agents) {
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actor: auditor,
          ...testAuditEvent(action, "user"),
          details: { note: "-1+1" },
          request: { ip: null, userAgent },
        }),
      );
    }
    // The filters take only catalogued actions: this auditor's own user-account events are these
    // three (the export's own event is about the audit trail, not a user account).
    const filters = ZAuditFilters.parse({ actor: auditor.email, entityType: "user" });
    const stream = await exportAuditCsv(auditor, filters, request);
    const lines = (await new Response(stream).text()).replace(/^\uFEFF/, "").split("\r\n");
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(rows[0]).toContain(`,"","x;=cmd|' /C calc'!A0",`);
    expect(rows[1]).toContain(`,"","'=HYPERLINK(""http://evil.example"")",`);
    expect(rows[2]).toContain(`,"","' @SUM(A1)",`);
    expect(rows[0]).toContain(`"{""note"":""-1+1""}"`);
  });
});
