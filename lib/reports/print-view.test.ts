import { describe, expect, it } from "vitest";
import { seedLikeReport } from "@/lib/testing/report-fixture";
import { buildReportView } from "./export-view";
import { escapeHtml, renderPrintBody, renderPrintDocument } from "./print-view";
import { suppressReport } from "./suppress";

describe("print view", () => {
  it("shows every section, the checks and the rules, in Khmer when asked", () => {
    const html = renderPrintBody(buildReportView(seedLikeReport(), "km"));
    expect(html).toContain('lang="km"');
    expect(html).toContain("របាយការណ៍ប្រចាំឆ្នាំ 2017");
    expect(html).toContain('<td>ភ្នំពេញ</td><td class="n">57</td>');
    expect(html).toContain("ការត្រួតពិនិត្យ");
    expect(html).toContain("Asia/Phnom_Penh");
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
