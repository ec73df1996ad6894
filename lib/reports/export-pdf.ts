import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "@/lib/chromium";
import { formatYear } from "@/lib/i18n/numerals";
import { createLimiter } from "@/lib/limiter";
import type { TReportView } from "./export-view";
import { renderPrintDocument } from "./print-view";

// The PDF export: the print view printed by headless Chromium (docs/decisions/0018-report-pdf.md).
// Chromium shapes Khmer with HarfBuzz from the bundled Noto Sans Khmer, embedded as data: URLs,
// so the PDF reads the same on a machine with no Khmer font. A browser is launched per export and
// closed after it; at most two print at once, and each is time-boxed.

const FONT_DIR = path.join(
  process.cwd(),
  "node_modules",
  "@fontsource-variable",
  "noto-sans-khmer",
);
const TIME_LIMIT_MS = 30_000;
const MAX_PARALLEL = 2;

let fontCss: Promise<string> | undefined;

/** fontsource's @font-face rules for the variable font, with each file inlined as a data: URL. */
function loadFontCss(): Promise<string> {
  fontCss ??= (async () => {
    const css = await readFile(path.join(FONT_DIR, "wght.css"), "utf8");
    const files = [...css.matchAll(/url\(\.\/files\/([\w.-]+\.woff2)\)/g)].map((m) => m[1]!);
    const inlined = await Promise.all(
      files.map(
        async (file) => [file, await readFile(path.join(FONT_DIR, "files", file))] as const,
      ),
    );
    return inlined.reduce(
      (text, [file, bytes]) =>
        text.replace(
          `url(./files/${file})`,
          `url(data:font/woff2;base64,${bytes.toString("base64")})`,
        ),
      css,
    );
  })();
  fontCss.catch(() => (fontCss = undefined));
  return fontCss;
}

// Nothing in the page may load or run anything: the markup is ours, but the labels are data.
const LOCKDOWN =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; font-src data:\">";

const withSlot = createLimiter(MAX_PARALLEL);

function timeBoxed<T>(work: Promise<T>, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`PDF rendering took longer than ${TIME_LIMIT_MS / 1000} s`));
    }, TIME_LIMIT_MS);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** The HTML document the PDF is printed from (exported for the print test and the preview). */
export async function buildPrintHtml(view: TReportView): Promise<string> {
  const html = renderPrintDocument(view, await loadFontCss());
  return html.replace("<head>", `<head>${LOCKDOWN}`);
}

/** The year; for a published copy also its revision and SHA-256 on every page (decision 0031).
 * Latin hex and digits only besides the year: nothing here needs escaping. */
function footerLabel(view: TReportView): string {
  const year = formatYear(view.year, view.numerals);
  const pub = view.published;
  return pub ? `${year} · r${pub.revision} · SHA-256 ${pub.sha256}` : year;
}

export async function buildReportPdf(view: TReportView): Promise<Uint8Array<ArrayBuffer>> {
  const html = await buildPrintHtml(view);
  // Loaded on first use: only PDF exports need it, and it must stay outside Next's bundle.
  const { chromium } = await import("playwright-core");
  return withSlot(async () => {
    const state: { browser?: Browser; abandoned: boolean } = { abandoned: false };
    const work = async () => {
      const browser = await chromium.launch({
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
        timeout: TIME_LIMIT_MS,
      });
      state.browser = browser;
      if (state.abandoned) {
        // Launched after the time limit: nobody else will close it.
        await browser.close();
        throw new Error("PDF rendering abandoned");
      }
      const page = await browser.newPage();
      await page.route("**/*", (route) => route.abort());
      await page.setContent(html, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#64748b">${footerLabel(view)} · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      });
      return new Uint8Array(pdf);
    };
    const close = () => state.browser?.close().catch(() => undefined);
    try {
      return await timeBoxed(work(), () => {
        state.abandoned = true;
        void close();
      });
    } finally {
      await close();
    }
  });
}
