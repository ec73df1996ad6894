import { execFile } from "node:child_process";
import { withNumerals } from "@/lib/i18n/numerals";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { attackPublicReport } from "@/lib/testing/report-adversary";
import { testDb, uniqueKey, uniquePastYear } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/users";
import type { TReportExport } from "@/lib/validation/report-export";
import { buildCase, buildSuspect, buildVictim } from "@/prisma/factories";
import { buildReport } from "./build-report";
import { exportReport } from "./export-report";
import type { TPublicReportDocument } from "./public-types";

// Exports by real users on a real database, through exportReport, which checks `export:report`
// itself. What only the route does (401 signed out, 400 for bad options, the response headers) is
// in the e2e report spec with a real sign-in; the option parsing in report-export.test.ts.

const db = testDb();
afterAll(() => db.$disconnect());
const request = { ip: "198.51.100.9", userAgent: "vitest" };

/** A year of small counts: a few cases, arrests and victims, so the public variant must hide. */
async function seedSmallYear(year: number) {
  const key = uniqueKey();
  const at = (monthDay: string) => new Date(`${year}-${monthDay}T10:00:00+07:00`);
  const cases = [];
  for (const [i, provinceId, offenceType] of [
    [1, 12, "HUMAN_TRAFFICKING"],
    [2, 12, "SEXUAL_EXPLOITATION"],
    [3, 17, "HUMAN_TRAFFICKING"],
  ] as const) {
    cases.push(
      await db.case.create({
        data: buildCase({
          reference: `X-${key}-${i}`,
          provinceId,
          offenceType,
          crackedDownAt: at("03-01"),
        }),
      }),
    );
  }
  const suspects = [
    { nationality: "KH", isForeign: false, sex: "MALE" as const },
    { nationality: "KH", isForeign: false, sex: "MALE" as const },
    { nationality: "VN", isForeign: true, sex: "FEMALE" as const },
    { nationality: "TH", isForeign: true, sex: "MALE" as const },
  ];
  for (const s of suspects) {
    await db.suspect.create({
      data: buildSuspect({ ...s, caseId: cases[0]!.id, arrestedAt: at("03-02") }),
    });
  }
  const victims: Parameters<typeof buildVictim>[0][] = [
    ...Array.from({ length: 14 }, () => ({ rescueProvinceId: 12, ageAtRescue: 16 })),
    {
      rescueProvinceId: 12,
      ageAtRescue: 30,
      sex: "MALE" as const,
      exploitationType: "LABOUR" as const,
    },
    { rescueProvinceId: 17, ageAtRescue: 12 },
    { rescueProvinceId: 17, ageAtRescue: 12, exploitationType: "LABOUR" as const },
    { rescuedAbroad: true, rescueCountry: "MY", rescuingAgency: "FOREIGN_AFFAIRS" as const },
    { rescuedAbroad: true, rescueCountry: "TH", rescuingAgency: "FOREIGN_AFFAIRS" as const },
  ];
  for (const v of victims) {
    await db.victim.create({ data: buildVictim({ rescuedAt: at("06-15"), ...v }) });
  }
}

const exported = (actorId: string) =>
  db.auditEvent.findMany({
    where: { action: "report.exported", actorId },
    orderBy: { id: "asc" },
    select: { entityType: true, entityId: true, changes: true, hash: true },
  });

const options = (year: number, o: Partial<TReportExport> = {}): TReportExport => ({
  year,
  format: "csv",
  variant: "full",
  k: 11,
  bands: "ncct",
  lang: "en",
  ...o,
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("report exports", () => {
  it("writes one report.exported event per export, with the file's size and SHA-256", async () => {
    const year = await uniquePastYear();
    await seedSmallYear(year);
    const manager = await makeUser(db, "MANAGER");
    for (const format of ["csv", "xlsx", "json", "pdf"] as const) {
      const variant = format === "json" ? "public" : "full";
      const before = (await exported(manager.id)).length;
      const file = await exportReport(manager, options(year, { format, variant, k: 5 }), request);
      const events = await exported(manager.id);
      expect(events, format).toHaveLength(before + 1);
      expect(file.sha256).toBe(sha256(file.bytes));
      expect(events.at(-1)).toMatchObject({
        entityType: "report",
        entityId: String(year),
        changes: {
          year,
          format,
          variant,
          k: variant === "public" ? 5 : null,
          bands: "ncct",
          bytes: file.bytes.byteLength,
          sha256: file.sha256,
        },
      });
    }
  }, 120_000);

  it("lets an auditor export too, and audits the file it is given", async () => {
    const year = await uniquePastYear();
    await seedSmallYear(year);
    const auditor = await makeUser(db, "AUDITOR");
    const file = await exportReport(
      auditor,
      options(year, { format: "xlsx", variant: "public", k: 3, lang: "km" }),
      request,
    );
    expect(file.fileName).toBe(`ctip-report-${year}-public-k3-km.xlsx`);
    expect(file.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const events = await exported(auditor.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.changes).toMatchObject({
      format: "xlsx",
      variant: "public",
      k: 3,
      lang: "km",
      sha256: sha256(file.bytes),
      bytes: file.bytes.byteLength,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.buffer);
    expect(workbook.getWorksheet("សេចក្ដីសង្ខេប")?.getCell("A1").value).toContain("របាយការណ៍ប្រចាំឆ្នាំ");
  });

  it.each<Role>(["STAFF", "ADMIN"])("refuses %s and writes nothing", async (role) => {
    const year = await uniquePastYear();
    await seedSmallYear(year);
    const user = await makeUser(db, role);
    const before = await db.auditEvent.count();
    for (const format of ["csv", "json"] as const) {
      const refusal = exportReport(user, options(year, { format }), request);
      await expect(refusal).rejects.toBeInstanceOf(AppError);
      await expect(refusal).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.auditEvent.count()).toBe(before);
    expect(await exported(user.id)).toEqual([]);
  });

  it("writes no event when the file cannot be made", async () => {
    const year = await uniquePastYear();
    await seedSmallYear(year);
    const manager = await makeUser(db, "MANAGER");
    // Suppression refuses this k after the report is built, before anything is recorded.
    await expect(
      exportReport(manager, options(year, { variant: "public", k: 2 }), request),
    ).rejects.toThrow(RangeError);
    // A PDF whose browser will not start.
    const chromium = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await expect(
        exportReport(manager, options(year, { format: "pdf" }), request),
      ).rejects.toThrow();
    } finally {
      if (chromium === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = chromium;
    }
    expect(await exported(manager.id)).toEqual([]);
  });

  it("publishes nothing in the public variant that the totals give away", async () => {
    const year = await uniquePastYear();
    await seedSmallYear(year);
    const manager = await makeUser(db, "MANAGER");
    const full = await buildReport(manager, year);
    for (const k of [3, 5, 11]) {
      const file = await exportReport(
        manager,
        options(year, { format: "json", variant: "public", k }),
        request,
      );
      const pub = JSON.parse(new TextDecoder().decode(file.bytes)) as TPublicReportDocument;
      expect(pub.public.k).toBe(k);
      expect(attackPublicReport(full, pub), `k=${k}`).toEqual([]);
      // Small counts were there to hide, so the test is not vacuous.
      const hidden = JSON.stringify(pub).match(/"suppressed":true/g)?.length ?? 0;
      expect(hidden + pub.public.withheld.length, `k=${k}`).toBeGreaterThan(0);
    }
    // With k = 11 the 17 victims are published, their small breakdowns are not.
    const file = await exportReport(
      manager,
      options(year, { format: "json", variant: "public" }),
      request,
    );
    const pub = JSON.parse(new TextDecoder().decode(file.bytes)) as TPublicReportDocument;
    expect(pub.victims.total).toBe(17);
    expect(pub.cases.total).toBeNull();
    expect(pub.public.withheld).toEqual(
      expect.arrayContaining(["cases.byOffence", "cases.byProvince"]),
    );
  });

  it("prints a real PDF, with the Khmer labels in it", async () => {
    const year = await uniquePastYear();
    await seedSmallYear(year);
    const manager = await makeUser(db, "MANAGER");
    const file = await exportReport(manager, options(year, { format: "pdf", lang: "km" }), request);
    const text = Buffer.from(file.bytes).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
    // Text extraction when poppler is installed: the Khmer came out as text, not boxes.
    const dir = await mkdtemp(path.join(tmpdir(), "report-pdf-"));
    try {
      await writeFile(path.join(dir, "r.pdf"), file.bytes);
      const extracted = await promisify(execFile)("pdftotext", [path.join(dir, "r.pdf"), "-"]).then(
        (r) => r.stdout,
        () => null,
      );
      if (extracted !== null) {
        expect(extracted.replace(/\s/g, "")).toContain("ជនសង្ស័យជាជនបរទេស");
        // The year in Khmer digits, as Khmer pages write it (decision 0028).
        expect(extracted).toContain(withNumerals(String(year), "khmr"));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
