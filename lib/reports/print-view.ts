import { formatChange } from "@/lib/i18n/numerals";
import { formatCount, type TReportView, type TViewSection } from "./export-view";

// The report's print view as HTML: the PDF export prints it in headless Chromium, and the print
// page (/reports/Y/print) shows the same markup for the browser's own printing. Plain strings
// rather than React, because lib/ renders no components; every text goes through escapeHtml.

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const e = escapeHtml;

export const PRINT_CSS = `
.ctip-print { font-family: "Noto Sans Khmer Variable", "Noto Sans Khmer", ui-sans-serif, system-ui, sans-serif;
  color: #0f172a; font-size: 10pt; line-height: 1.5; max-width: 60rem; margin: 0 auto; }
.ctip-print h1 { font-size: 18pt; margin: 0 0 0.25rem; color: #0f2f57; }
.ctip-print h2 { font-size: 13pt; margin: 1.25rem 0 0.5rem; color: #0f2f57; border-bottom: 1px solid #cbd5e1; break-after: avoid; }
.ctip-print p { margin: 0.15rem 0; }
.ctip-print .meta { color: #334155; }
.ctip-print .grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.75rem 1.5rem; align-items: start; }
.ctip-print table { width: 100%; border-collapse: collapse; }
.ctip-print table.keep { break-inside: avoid; }
.ctip-print tr { break-inside: avoid; }
.ctip-print .rules th { width: 28%; }
.ctip-print caption { text-align: left; font-weight: 600; padding-bottom: 0.15rem; }
.ctip-print th, .ctip-print td { border-bottom: 1px solid #e2e8f0; padding: 0.1rem 0.35rem; text-align: left; vertical-align: top; }
.ctip-print th { font-weight: 600; background: #f1f5f9; }
.ctip-print .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ctip-print .total { font-size: 11pt; break-after: avoid; }
.ctip-print .muted { color: #64748b; }
.ctip-print .failed { color: #b91c1c; font-weight: 600; }
.ctip-print section { break-inside: auto; }
@media print { .ctip-print { max-width: none; } }
`;

/** Tables up to this many rows are never split across pages. */
const KEEP_WHOLE_ROWS = 12;

function sectionHtml(view: TReportView, s: TViewSection): string {
  const c = view.t;
  // ":" in English, the Khmer "៖" in Khmer.
  const colon = e(c("colon"));
  const total = s.total;
  const comparison =
    total.change === null
      ? ""
      : ` <span class="muted">(${e(c("columns.previous"))}${colon} ${e(formatCount(view, total.previous))}; ${e(c("columns.change"))}${colon} ${e(formatChange(total.changeLabel, view.numerals))})</span>`;
  const tables = s.breakdowns.map((b) => {
    const body = b.withheld
      ? `<tr><td colspan="2" class="muted">${e(c("withheldNote"))}</td></tr>`
      : b.rows
          .map(
            (r) =>
              `<tr><td>${e(r.label)}</td><td class="n">${e(formatCount(view, r.count))}</td></tr>`,
          )
          .join("");
    // A short table stays whole; a long one may run on to the next page (its header repeats),
    // rather than leaving the rest of a page blank.
    const keep = b.withheld || b.rows.length <= KEEP_WHOLE_ROWS ? ' class="keep"' : "";
    return `<table${keep}><caption>${e(b.title)}</caption><thead><tr><th scope="col">${e(c("columns.label"))}</th><th scope="col" class="n">${e(c("columns.count"))}</th></tr></thead><tbody>${body}</tbody></table>`;
  });
  const extras = s.extras
    .map((x) => `<p>${e(x.label)}${colon} <strong>${e(formatCount(view, x.count))}</strong></p>`)
    .join("");
  return `<section><h2>${e(s.title)}</h2><p class="total">${e(c("total"))}${colon} <strong>${e(formatCount(view, total.count))}</strong>${comparison}</p>${extras}<div class="grid">${tables.join("")}</div></section>`;
}

function checksHtml(view: TReportView): string {
  const c = view.t;
  const rows = view.checks
    .map((check) => {
      const result = check.ok
        ? e(c("checks.ok"))
        : `<span class="failed">${e(c("checks.failed"))}</span>`;
      const figures =
        check.count === null
          ? ""
          : check.expected === null
            ? e(formatCount(view, check.count))
            : `${e(formatCount(view, check.count))} / ${e(formatCount(view, check.expected))}`;
      return `<tr><td>${e(check.label)}</td><td>${result}</td><td class="n">${figures}</td></tr>`;
    })
    .join("");
  return `<section><h2>${e(c("checks.title"))}</h2><table><thead><tr><th scope="col">${e(c("columns.check"))}</th><th scope="col">${e(c("columns.result"))}</th><th scope="col" class="n">${e(c("columns.count"))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function rulesHtml(view: TReportView): string {
  const c = view.t;
  const rules = view.rules
    .map((r) => `<tr><th scope="row">${e(r.label)}</th><td>${e(r.value)}</td></tr>`)
    .join("");
  const definitions = view.definitions
    .map((d) => `<tr><th scope="row">${e(d.label)}</th><td>${e(d.text)}</td></tr>`)
    .join("");
  return `<section><h2>${e(c("rules.title"))}</h2><table class="rules"><tbody>${rules}${definitions}</tbody></table></section>`;
}

function summaryHtml(view: TReportView): string {
  const c = view.t;
  const rows = view.sections
    .map(
      (s) =>
        `<tr><th scope="row">${e(s.title)}</th><td class="n">${e(formatCount(view, s.total.count))}</td><td class="n">${s.total.change === null ? "" : e(formatCount(view, s.total.previous))}</td><td class="n">${e(formatChange(s.total.changeLabel, view.numerals))}</td></tr>`,
    )
    .join("");
  return `<section><h2>${e(c("summary"))}</h2><table class="keep"><thead><tr><th scope="col">${e(c("columns.section"))}</th><th scope="col" class="n">${e(c("columns.total"))}</th><th scope="col" class="n">${e(c("columns.previous"))}</th><th scope="col" class="n">${e(c("columns.change"))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** The print view's markup, without <html> or styles: one element, class "ctip-print". */
export function renderPrintBody(view: TReportView): string {
  const lines = view.lines.map((l) => `<p class="meta">${e(l)}</p>`).join("");
  return [
    `<article class="ctip-print" lang="${e(view.lang)}">`,
    `<header><h1>${e(view.title)}</h1>${lines}</header>`,
    summaryHtml(view),
    ...view.sections.map((s) => sectionHtml(view, s)),
    checksHtml(view),
    rulesHtml(view),
    `</article>`,
  ].join("\n");
}

/** A whole HTML document for printing, with the given @font-face rules (see export-pdf.ts). */
export function renderPrintDocument(view: TReportView, fontCss: string): string {
  return `<!doctype html><html lang="${e(view.lang)}"><head><meta charset="utf-8"><title>${e(view.title)}</title><style>${fontCss}\n${PRINT_CSS}\n@page { size: A4; margin: 16mm 14mm 18mm; }</style></head><body>${renderPrintBody(view)}</body></html>`;
}
