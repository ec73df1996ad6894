import { z } from "zod";
import { AGE_BAND_SET_NAMES, type TAgeBandSet } from "@/lib/domain/age-bands";
import { LOCALES } from "@/lib/i18n/locales";
import { K_DEFAULT, K_MAX, K_MIN } from "@/lib/domain/suppression";
import { parseReportPeriod, ZReportYear } from "./report";

// An export's address: /api/reports/Y/export?format=&variant=&k=&bands=&lang=. Shared by the
// route and the export menu, so the menu offers only what the route accepts.

export const EXPORT_FORMATS = ["csv", "xlsx", "json", "pdf"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_VARIANTS = ["full", "public"] as const;
export type TExportVariant = (typeof EXPORT_VARIANTS)[number];
export { K_DEFAULT, K_MAX, K_MIN };

export const ZReportExport = z.object({
  year: ZReportYear,
  format: z.enum(EXPORT_FORMATS, { error: "format" }),
  variant: z.enum(EXPORT_VARIANTS, { error: "variant" }).default("full"),
  k: z.coerce
    .number({ error: "k" })
    .int({ error: "k" })
    .min(K_MIN, { error: "k" })
    .max(K_MAX, { error: "k" })
    .default(K_DEFAULT),
  bands: z
    .enum(AGE_BAND_SET_NAMES as [TAgeBandSet, ...TAgeBandSet[]], { error: "bands" })
    .default("ncct"),
  lang: z.enum(LOCALES, { error: "lang" }).default("en"),
  /** Any period instead of the calendar year (?from=&to=); null: the year. */
  period: z.object({ from: z.string(), to: z.string() }).nullable().optional(),
});
export type TReportExport = z.infer<typeof ZReportExport>;

/** The export's options from the route's year and search params; empty values take defaults. */
export function parseReportExport(year: string, params: URLSearchParams) {
  const value = (name: string) => params.get(name) || undefined;
  const period = parseReportPeriod({ from: value("from"), to: value("to") });
  if (!period.success) return { success: false as const, error: period.error, data: undefined };
  return ZReportExport.safeParse({
    period: period.data,
    year,
    format: value("format"),
    variant: value("variant"),
    k: value("k"),
    bands: value("bands"),
    lang: value("lang"),
  });
}

/** The print page's options: the export's, without a format; the language defaults to the UI's. */
export function parseReportPrint(
  year: string,
  params: Record<string, string | string[] | undefined>,
) {
  const value = (name: string) => {
    const v = params[name];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const period = parseReportPeriod({ from: value("from"), to: value("to") });
  if (!period.success) return { success: false as const, error: period.error, data: undefined };
  return ZReportExport.omit({ format: true, lang: true })
    .extend({ lang: z.enum(LOCALES).optional() })
    .safeParse({
      period: period.data,
      year,
      variant: value("variant"),
      k: value("k"),
      bands: value("bands"),
      lang: value("lang"),
    });
}

/** The route's address for these options (the menu's links). */
export function reportExportHref(options: Omit<TReportExport, "k"> & { k?: number }): string {
  const query = new URLSearchParams({
    format: options.format,
    variant: options.variant,
    bands: options.bands,
    lang: options.lang,
    ...(options.variant === "public" ? { k: String(options.k ?? K_DEFAULT) } : {}),
    ...(options.period ? { from: options.period.from, to: options.period.to } : {}),
  });
  return `/api/reports/${options.year}/export?${query}`;
}
