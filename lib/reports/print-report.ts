import "server-only";
import { createHash } from "node:crypto";
import { recordAudit, type RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/data/scope";
import type { Locale } from "@/lib/i18n/locales";
import type { TReportExport } from "@/lib/validation/report-export";
import { buildReport } from "./build-report";
import { buildReportView, type TReportView } from "./export-view";
import { renderPrintBody } from "./print-view";
import { suppressReport } from "./suppress";

export type TReportPrintOptions = Omit<TReportExport, "format" | "lang"> & { lang: Locale };

/**
 * The print view is an export: the browser turns it into paper or a PDF the app never sees. So it
 * takes export:report, and it is recorded as `report.exported` (format "print", with the SHA-256
 * of the markup) before the page renders, like every other export (decision 0022).
 */
export async function printReport(
  user: ActingUser,
  options: TReportPrintOptions,
  request: RequestContext,
): Promise<{ view: TReportView; html: string }> {
  assertCan(user, "export:report");
  const full = await buildReport(user, options.year, { bands: options.bands });
  const doc = options.variant === "public" ? suppressReport(full, options.k) : full;
  const view = buildReportView(doc, options.lang);
  const html = renderPrintBody(view);
  const bytes = new TextEncoder().encode(html);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: user,
      action: "report.exported",
      entityType: "report",
      entityId: String(options.year),
      details: {
        year: options.year,
        format: "print",
        variant: options.variant,
        k: options.variant === "public" ? options.k : null,
        bands: options.bands,
        lang: options.lang,
        scope: doc.scope,
        bytes: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      },
      request,
    }),
  );
  return { view, html };
}
