import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { testDb, uniqueKey, uniquePastYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import { buildCase } from "@/prisma/factories";
import { printReport, type TReportPrintOptions } from "./print-report";

// The print view is an export (decision 0022): export:report, and one report.exported event
// (format "print") per opening, written before the page gets its markup. Real users, real database.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "198.51.100.10", userAgent: "vitest" };

const exported = (actorId: string) =>
  db.auditEvent.findMany({
    where: { action: "report.exported", actorId },
    orderBy: { id: "asc" },
    select: { entityId: true, changes: true },
  });

const options = (year: number, o: Partial<TReportPrintOptions> = {}): TReportPrintOptions => ({
  year,
  variant: "full",
  k: 11,
  bands: "ncct",
  lang: "en",
  ...o,
});

describe("the report's print view", () => {
  it("is refused to staff, who may read the report but not export it, and records nothing", async () => {
    const year = await uniquePastYear();
    const staff = await makeUser(db, "STAFF");
    const refusal = await printReport(staff, options(year), request).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("forbidden");
    expect(await exported(staff.id)).toEqual([]);
  });

  it("is audited as report.exported, format print, with the SHA-256 of the markup shown", async () => {
    const year = await uniquePastYear();
    await db.case.create({
      data: buildCase({
        reference: `P-${uniqueKey()}`,
        provinceId: 12,
        crackedDownAt: new Date(`${year}-03-01T10:00:00+07:00`),
      }),
    });
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      const user = await makeUser(db, role);
      const { html, view } = await printReport(
        user,
        options(year, { variant: "public", k: 3, lang: "km" }),
        request,
      );
      expect(view.year).toBe(year);
      const events = await exported(user.id);
      expect(events, role).toHaveLength(1);
      expect(events[0]).toMatchObject({
        entityId: String(year),
        changes: {
          year,
          format: "print",
          variant: "public",
          k: 3,
          bands: "ncct",
          lang: "km",
          bytes: Buffer.byteLength(html),
          sha256: createHash("sha256").update(html).digest("hex"),
        },
      });
    }
  });
});
