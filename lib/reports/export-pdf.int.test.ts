import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { buildReportPdf } from "./export-pdf";
import { buildReportView } from "./export-view";

// The printed PDF itself, read back with poppler's pdftotext page by page: page 1 is full, the
// rules are labelled in words, the checks read as sentences, and times are 24-hour in Khmer.
// Printing needs Chromium (as the PDF export does) and no database.

const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The seeded 2017 has a case in every province: a long table right after page 1's summary. */
function longReport() {
  const doc = { ...seedLikeReport(), generatedAt: "2026-12-05T12:18:00.000Z" };
  doc.cases = {
    ...doc.cases,
    byProvince: Array.from({ length: 25 }, (_, i) => ({ province: `KH-${i + 1}`, count: 30 - i })),
  };
  return doc;
}

let dir = "";
const pages: Partial<Record<Locale, string[]>> = {};

/** Each page's text, whitespace removed (pdftotext spaces Khmer clusters apart). */
const squeezed = (lang: Locale) => pages[lang]!.map((p) => p.replace(/\s/g, ""));

describe.skipIf(!hasPdftotext)("the report PDF, as printed", () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "report-pdf-pages-"));
    for (const lang of ["en", "km"] as const) {
      const file = path.join(dir, `${lang}.pdf`);
      await writeFile(file, await buildReportPdf(buildReportView(longReport(), lang)));
      const { stdout } = await promisify(execFile)("pdftotext", ["-layout", file, "-"]);
      // pdftotext ends every page with a form feed.
      pages[lang] = stdout.split("\f").filter((p) => p.trim() !== "");
    }
  }, 90_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("fills page 1: the first section's tables start under its heading, not on page 2", () => {
    for (const lang of ["en", "km"] as const) {
      const lines = pages[lang]![0]!.split("\n").filter((l) => l.trim() !== "");
      // The header, summary and section heading alone are about 15 lines; a full page is 40+.
      expect(lines.length, lang).toBeGreaterThanOrEqual(35);
    }
    const [first] = pages.en!;
    expect(first).toMatch(/Cases cracked down\s+Total: 159/);
    expect(first).toMatch(/Human trafficking\s+71/);
    expect(first).toMatch(/Banteay Meanchey\s+30/);
    // Khmer figures in Khmer digits (decision 0028).
    expect(squeezed("km")[0]).toContain("ការជួញដូរមនុស្ស៧១");
  });

  it("labels the rules page in words in both languages, not with code keys", () => {
    const rules = pages.en!.find((p) => p.includes("Rules and definitions"))!;
    expect(rules).toMatch(/Age band\s+Age at the rescue date/);
    expect(rules).toMatch(/Victims' province\s+The province of rescue/);
    for (const key of ["ageBand", "victimsProvince", "foreignSuspects", "rescuedAbroad"]) {
      expect(rules).not.toContain(key);
    }
    expect(rules).not.toMatch(/^\s*year\s/m);
    const km = squeezed("km").find((p) => p.includes("វិធាននិងនិយមន័យ"))!;
    expect(km).toContain("ក្រុមអាយុAgeattherescuedate");
    expect(km).not.toMatch(/ageBand|victimsProvince/);
  });

  it("writes the checks as sentences", () => {
    const text = pages.en!.join("\n").replace(/\s+/g, " ");
    expect(text).toContain("Cases cracked down by offence type add up to the total");
    expect(text).not.toMatch(/, By /);
  });

  it("prints the time on the 24-hour clock in Khmer, as in English", () => {
    expect(pages.en![0]).toContain("19:18");
    expect(pages.km![0]).toContain("១៩:១៨");
    expect(pages.km!.join("\n")).not.toMatch(/\b[AP]M\b/);
  });
});
