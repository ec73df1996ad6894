import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import km from "@/lib/i18n/messages/km.json";
import type { Locale } from "@/lib/i18n/locales";
import { decodePng, inkedShare, isPng } from "@/lib/testing/png";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { REPORT_DEFINITIONS } from "./assemble";
import { buildReportPdf } from "./export-pdf";
import { buildReportView } from "./export-view";

// The printed PDF itself, read back with poppler's pdftotext page by page: page 1 is full, the
// rules are labelled and stated in words, the checks read as sentences, times are 24-hour in
// Khmer, and the Khmer PDF is Khmer from its title to its rules. Page 1 is also drawn to PNG with
// pdftoppm, to see that it renders. Printing needs Chromium (as the PDF export does) and no
// database; reading back needs poppler-utils, a test requirement like Chromium (README, .ci/run):
// without it the suite fails, saying what to install.

const run = promisify(execFile);

const missing = ["pdftotext", "pdftoppm"].filter((binary) => {
  try {
    execFileSync(binary, ["-v"], { stdio: "ignore" });
    return false;
  } catch {
    return true;
  }
});

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
let flowingKm = "";

/** A text with whitespace removed (pdftotext spaces Khmer clusters apart). */
const squeeze = (text: string) => text.replace(/\s/g, "");
/** Each page's text, squeezed. */
const squeezed = (lang: Locale) => pages[lang]!.map(squeeze);

describe("the report PDF, as printed", () => {
  beforeAll(async () => {
    expect(
      missing,
      "install poppler-utils (apt-get install poppler-utils), as README says",
    ).toEqual([]);
    dir = await mkdtemp(path.join(tmpdir(), "report-pdf-pages-"));
    for (const lang of ["en", "km"] as const) {
      const file = path.join(dir, `${lang}.pdf`);
      await writeFile(file, await buildReportPdf(buildReportView(longReport(), lang)));
      const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
      // pdftotext ends every page with a form feed.
      pages[lang] = stdout.split("\f").filter((p) => p.trim() !== "");
    }
    // In reading order rather than laid out: a rule's wrapped lines stay together, not
    // interleaved with its label's.
    flowingKm = squeeze((await run("pdftotext", [path.join(dir, "km.pdf"), "-"])).stdout);
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
    const kmRules = squeezed("km").find((p) => p.includes("វិធាននិងនិយមន័យ"))!;
    expect(kmRules).toContain(`ក្រុមអាយុ${squeeze(km.reportExport.rules.definitionTexts.ageBand)}`);
    expect(kmRules).not.toMatch(/ageBand|victimsProvince/);
  });

  it("is Khmer from its title to its rules: no rule in English", () => {
    const text = squeezed("km").join("");
    expect(squeezed("km")[0]).toContain(squeeze("របាយការណ៍ប្រចាំឆ្នាំ ២០១៧"));
    // A figure's label and its count, and a section's title.
    expect(text).toContain(squeeze(`${km.reportExport.sections.victims}`));
    expect(text).toContain("ភ្នំពេញ៥៧");
    // Every rule in Khmer, none in English.
    for (const [key, rule] of Object.entries(km.reportExport.rules.definitionTexts)) {
      expect(flowingKm, key).toContain(squeeze(rule));
    }
    for (const [key, rule] of Object.entries(REPORT_DEFINITIONS)) {
      expect(flowingKm, key).not.toContain(squeeze(rule).slice(0, 24));
    }
    // Latin letters only in codes: the zone id and the UTC offset (the committee's band set is
    // named គ.ជ.ប.ជ. in Khmer); Latin digits only in the offset, and on the page numbers, which
    // Chromium draws.
    const all = pages.km!.join(" ");
    const latin = new Set(all.match(/[A-Za-z][A-Za-z_/]*/g));
    expect([...latin].sort()).toEqual(["Asia/Phnom_Penh", "UTC"]);
    const digits = all.replace(/UTC\+7/g, "").replace(/\d+ \/ \d+\s*$/gm, "");
    expect(digits.match(/.{0,30}\d.{0,10}/g)).toBeNull();
  });

  it("draws page 1 of the Khmer PDF to a PNG that is not blank", async () => {
    const prefix = path.join(dir, "km-page");
    await run("pdftoppm", [
      "-png",
      "-r",
      "50",
      "-f",
      "1",
      "-l",
      "1",
      path.join(dir, "km.pdf"),
      prefix,
    ]);
    // pdftoppm pads the page number to the width of the page count: km-page-1.png or -01.png.
    const [name] = (await readdir(dir)).filter(
      (f) => f.startsWith("km-page") && f.endsWith(".png"),
    );
    expect(name).toBeDefined();
    const bytes = await readFile(path.join(dir, name!));
    expect(isPng(bytes)).toBe(true);
    const image = decodePng(bytes);
    // A4 at 50 dpi: 413 × 585 pixels.
    expect(image.width).toBeGreaterThan(400);
    expect(image.height).toBeGreaterThan(image.width);
    // A full page of Khmer text and tables inks several per cent of it; a blank page none.
    expect(inkedShare(image)).toBeGreaterThan(0.02);
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
