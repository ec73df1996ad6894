import { describe, expect, it } from "vitest";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { REPORT_DEFINITIONS } from "./assemble";
import { SERVICES_DEFINITIONS } from "./services-section";
import { buildReportView } from "./export-view";
import { escapeHtml, PRINT_CSS, renderPrintBody, renderPrintDocument } from "./print-view";
import { suppressReport } from "./suppress";

describe("print view", () => {
  it("shows every section, the checks and the rules, in Khmer when asked", () => {
    const html = renderPrintBody(buildReportView(seedLikeReport(), "km"));
    expect(html).toContain('lang="km"');
    // Figures and years in Khmer digits (decision 0028).
    expect(html).toContain("របាយការណ៍ប្រចាំឆ្នាំ ២០១៧");
    expect(html).toContain('<td>ភ្នំពេញ</td><td class="n">៥៧</td>');
    expect(html).toContain("ការត្រួតពិនិត្យ");
    expect(html).toContain("ម៉ោងភ្នំពេញ (UTC+7, Asia/Phnom_Penh)");
  });

  it("escapes every text, so a label cannot inject markup", () => {
    const view = buildReportView(seedLikeReport(), "en");
    view.sections[0]!.breakdowns[0]!.rows[0]!.label = '<img src=x onerror="alert(1)">';
    view.title = "</title><script>alert(1)</script>";
    const html = renderPrintDocument(view, "");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });

  it("marks suppressed counts and states the rule in the public variant", () => {
    const html = renderPrintBody(buildReportView(suppressReport(seedLikeReport(), 11), "en"));
    expect(html).toContain("Public version (k = 11)");
    expect(html).toContain('<td>Japan</td><td class="n">x</td>');
    expect(html).not.toContain('<td>Japan</td><td class="n">5</td>');
  });
});

describe("print view: what the PDF is printed from", () => {
  it("labels the rules and definitions in words, in English and Khmer, never by code key", () => {
    const en = renderPrintBody(buildReportView(seedLikeReport(), "en"));
    expect(en).toContain('<th scope="row">Age band</th>');
    expect(en).toContain('<th scope="row">Victims&#39; province</th>');
    expect(en).toContain('<th scope="row">Year of an event</th>');
    const km = renderPrintBody(buildReportView(seedLikeReport(), "km"));
    expect(km).toContain('<th scope="row">ក្រុមអាយុ</th>');
    expect(km).toContain('<th scope="row">ខេត្តនៃជនរងគ្រោះ</th>');
    for (const html of [en, km]) {
      for (const key of Object.keys({ ...REPORT_DEFINITIONS, ...SERVICES_DEFINITIONS })) {
        expect(html).not.toContain(`<th scope="row">${key}</th>`);
      }
    }
  });

  it("has a label in both languages for every definition the report states", () => {
    for (const lang of ["en", "km"] as const) {
      const view = buildReportView(seedLikeReport(), lang);
      expect(view.definitions.map((d) => d.key)).toEqual(
        Object.keys({ ...REPORT_DEFINITIONS, ...SERVICES_DEFINITIONS }),
      );
      for (const d of view.definitions) expect(d.label, `${lang} ${d.key}`).not.toBe(d.key);
    }
    // Khmer's own words, not the English fallback.
    const km = buildReportView(seedLikeReport(), "km").definitions;
    for (const d of km) expect(d.label, d.key).toMatch(/[\u1780-\u17FF]/);
  });

  it("writes each sum check as one sentence, without a capital mid-sentence", () => {
    const en = buildReportView(seedLikeReport(), "en").checks.map((c) => c.label);
    expect(en).toContain("Cases cracked down by offence type add up to the total");
    expect(en).toContain("People rescued abroad by country of rescue add up to the total");
    for (const label of en) expect(label).not.toMatch(/, By |.\bBy\b/);
    const km = buildReportView(seedLikeReport(), "km").checks.map((c) => c.label);
    expect(km).toContain("ករណីដែលបានបង្ក្រាប តាមប្រភេទបទល្មើស បូកស្មើនឹងចំនួនសរុប");
    for (const label of km) expect(label).not.toContain(",");
  });

  it("gives times on the 24-hour clock in Khmer as in English", () => {
    const doc = { ...seedLikeReport(), generatedAt: "2026-12-05T12:18:00.000Z" };
    const en = buildReportView(doc, "en").lines[0];
    const km = buildReportView(doc, "km").lines[0];
    expect(en).toContain("19:18");
    expect(km).toContain("១៩:១៨");
    expect(km).not.toMatch(/AM|PM|ព្រឹក|ល្ងាច/);
  });

  it("keeps short tables whole and lets long ones run on to the next page", () => {
    const doc = seedLikeReport();
    doc.cases.byProvince = Array.from({ length: 25 }, (_, i) => ({
      province: `KH-${i + 1}`,
      count: 30 - i,
    }));
    const html = renderPrintBody(buildReportView(doc, "en"));
    expect(html).toContain('<table class="keep"><caption>By offence type</caption>');
    expect(html).toContain("<table><caption>By province</caption>");
    expect(PRINT_CSS).toMatch(/table\.keep \{ break-inside: avoid; \}/);
    expect(PRINT_CSS).toMatch(/h2 \{[^}]*break-after: avoid/);
  });
});
