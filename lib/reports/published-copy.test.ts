import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { reportCsvRows } from "./export-csv";
import { buildReportView } from "./export-view";
import type { TPublishedFacts } from "./export-view-types";
import { renderPrintBody } from "./print-view";
import { publishedCopyFileName, renderPublishedCopy } from "./published-copy";
import { canonicalReportJson, hashReportDocument } from "./snapshot-hash";

// A published copy is rebuilt from its stored document, which may have been published by an
// older version of the report (decision 0031): the files must render what it holds.

/** The keys of a ctip-annual-report/1 document as first published (November 2026): what the
 * oldest snapshots hold. Keys added since are left out, whatever the fixture now builds. */
const V1_KEYS = {
  top: ["format", "year", "generatedAt", "scope", "rules", "comparison", "checks"],
  cases: ["total", "previous", "changePercent", "change", "byOffence", "byProvince"],
  arrests: ["total", "previous", "changePercent", "change", "bySex"],
  victims: [
    ["total", "previous", "changePercent", "change", "byAgeBand", "bySex"],
    ["byExploitation", "byProvince", "topProvince"],
  ].flat(),
  foreignSuspects: ["total", "nationalities", "byNationality"],
  rescuedAbroad: ["total", "previous", "changePercent", "change", "byCountry"],
} as const;

const pick = (value: object, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k)));

/** Today's fixture cut down to the first format's keys, as a stored snapshot returns it. */
function firstFormatDocument(): Record<string, unknown> {
  const doc = seedLikeReport();
  const { top, ...sections } = V1_KEYS;
  const old: Record<string, unknown> = pick(doc, top);
  for (const [name, keys] of Object.entries(sections)) {
    old[name] = pick(doc[name as keyof typeof sections], keys);
  }
  return JSON.parse(canonicalReportJson(old)) as Record<string, unknown>;
}

const facts = (document: unknown): TPublishedFacts => ({
  year: 2017,
  revision: 3,
  sha256: hashReportDocument(document),
  publishedAt: new Date("2018-01-15T03:00:00Z"),
  auditAnchor: { id: "4711", hash: "ab".repeat(32) },
});

describe("published copies", () => {
  it("are the canonical JSON itself, so the file hashes to the published SHA-256", async () => {
    const doc = firstFormatDocument();
    const bytes = await renderPublishedCopy(doc, facts(doc), "json", "en");
    expect(new TextDecoder().decode(bytes)).toBe(canonicalReportJson(doc));
    expect(publishedCopyFileName(facts(doc), "json", "en")).toBe(
      `ctip-report-2017-r3-${facts(doc).sha256.slice(0, 12)}.json`,
    );
  });

  it("render a first-format document in CSV, XLSX and print, with revision, SHA-256 and anchor", async () => {
    const doc = firstFormatDocument();
    const f = facts(doc);
    const view = buildReportView(doc as never, "en", f);
    const rows = reportCsvRows(view);
    expect(rows.slice(0, 4).map((r) => [r.section, r.dimension, r.key])).toEqual([
      ["published", "revision", "3"],
      ["published", "publishedAt", "2018-01-15T03:00:00.000Z"],
      ["published", "sha256", f.sha256],
      ["published", "auditAnchor", `4711:${"ab".repeat(32)}`],
    ]);
    expect(rows).toContainEqual(
      expect.objectContaining({ section: "cases", dimension: "total", count: 159 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ section: "rescuedAbroad", dimension: "total", count: 757 }),
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderPublishedCopy(doc, f, "xlsx", "en")).buffer as ArrayBuffer,
    );
    const about = workbook.worksheets[0]!;
    expect(about.name).toBe("About");
    const aboutText = about.getSheetValues().flat().join(" ");
    expect(aboutText).toContain(f.sha256);
    expect(aboutText).toContain("Revision 3 of the 2017 report");
    expect(aboutText).toContain(`4711:${"ab".repeat(32)}`);

    const html = renderPrintBody(view);
    expect(html).toContain(f.sha256);
    expect(html).toContain("4711:");
  });

  it("leave out what an older document lacks, rather than failing or showing zeros", () => {
    const doc = firstFormatDocument();
    delete doc.rescuedAbroad;
    delete doc.checks;
    delete (doc.victims as Record<string, unknown>).byExploitation;
    const view = buildReportView(doc as never, "km", facts(doc));
    expect(view.sections.map((s) => s.id)).toEqual([
      "cases",
      "arrests",
      "victims",
      "foreignSuspects",
    ]);
    const victims = view.sections.find((s) => s.id === "victims")!;
    expect(victims.breakdowns.map((b) => b.dimension)).toEqual([
      "byAgeBand",
      "bySex",
      "byProvince",
    ]);
    expect(view.checks).toEqual([]);
    expect(reportCsvRows(view).some((r) => r.dimension === "byExploitation")).toBe(false);
    expect(renderPrintBody(view)).toContain(facts(doc).sha256);
  });

  it("name the revision, SHA-256 and anchor in Khmer in a Khmer copy, codes aside", async () => {
    const doc = firstFormatDocument();
    const view = buildReportView(doc as never, "km", facts(doc));
    // Latin words left once the hash, the anchor and the standards' names are taken out.
    const english = (text: string) =>
      text
        .replace(/\b\d+:[0-9a-f]{64}\b|\b[0-9a-f]{64}\b|SHA-256|JSON/g, "")
        .match(/[A-Za-z]{2,}/g) ?? [];
    const about = view.published!.rows;
    for (const row of about) {
      expect(row.label, row.key).toMatch(/[\u1780-\u17FF]/);
      expect(english(`${row.label} ${row.value}`), row.key).toEqual([]);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderPublishedCopy(doc, facts(doc), "xlsx", "km")).buffer as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toMatch(/[\u1780-\u17FF]/);
    expect(english(sheet.getSheetValues().flat().join(" "))).toEqual([]);
  });

  it("carry no publication rows when the view is not a published copy", () => {
    const view = buildReportView(seedLikeReport(), "en");
    expect(view.published).toBeNull();
    expect(reportCsvRows(view)[0]?.section).toBe("cases");
  });
});
