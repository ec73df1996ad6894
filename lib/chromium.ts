// How this project starts Chromium, for the report's PDF (lib/reports/export-pdf.ts) and for the
// end-to-end tests (playwright.config.ts): Debian's package, or CHROMIUM_PATH, with the flags a
// container needs (no sandbox, no GPU) and none of the browser's own network chatter.

/** The browser to launch; read on every call, so a test can point it elsewhere. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
