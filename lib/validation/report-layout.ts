import { z } from "zod";
import { tipPeriod, yearPeriod, type TPeriod } from "@/lib/domain/period";
import { K_DEFAULT, K_MAX, K_MIN } from "@/lib/domain/suppression";
import { LOCALES } from "@/lib/i18n/locales";
import { parseReportPeriod, ZReportYear } from "./report";
import { EXPORT_VARIANTS } from "./report-export";

// A layout's address: ?layout=tip|glotip&format=&variant=&k=&lang=&from=&to= on /api/reports/Y
// and /api/reports/Y/export, and `npm run report -- --layout`. One definition for the routes,
// the command and the export menu, so the menu offers only what the routes accept.

export const LAYOUT_NAMES = ["tip", "glotip"] as const;
export type TLayoutName = (typeof LAYOUT_NAMES)[number];
export const LAYOUT_FILE_FORMATS = ["csv", "xlsx", "json"] as const;
export type TLayoutFileFormat = (typeof LAYOUT_FILE_FORMATS)[number];

export const ZLayoutRequest = z.object({
  year: ZReportYear,
  layout: z.enum(LAYOUT_NAMES, { error: "layout" }),
  format: z.enum(LAYOUT_FILE_FORMATS, { error: "format" }).default("json"),
  variant: z.enum(EXPORT_VARIANTS, { error: "variant" }).default("full"),
  k: z.coerce
    .number({ error: "k" })
    .int({ error: "k" })
    .min(K_MIN, { error: "k" })
    .max(K_MAX, { error: "k" })
    .default(K_DEFAULT),
  lang: z.enum(LOCALES, { error: "lang" }).default("en"),
  /** Any period (?from=&to=, parseReportPeriod); null: the layout's own for the year. */
  period: z.object({ from: z.string(), to: z.string() }).nullable().default(null),
});
export type TLayoutRequest = z.infer<typeof ZLayoutRequest>;

/** The request from a route's year and search params; empty values take defaults. */
export function parseLayoutRequest(year: string, params: URLSearchParams) {
  const value = (name: string) => params.get(name) || undefined;
  const period = parseReportPeriod({ from: value("from"), to: value("to") });
  if (!period.success) return { success: false as const, error: period.error, data: undefined };
  return ZLayoutRequest.safeParse({
    year,
    period: period.data,
    ...Object.fromEntries(["layout", "format", "variant", "k", "lang"].map((n) => [n, value(n)])),
  });
}

/** The period a layout counts: the one asked for, else TIP's 1 April Y – 31 March Y+1 or
 * GLOTIP's calendar year. */
export function layoutPeriod(r: Pick<TLayoutRequest, "layout" | "year" | "period">): TPeriod {
  if (r.period) return r.period;
  return r.layout === "tip" ? tipPeriod(r.year) : yearPeriod(r.year);
}

/** The export route's address for a layout file (the export menu's links). */
export function layoutExportHref(
  r: Pick<TLayoutRequest, "year" | "layout" | "variant" | "lang"> & {
    period?: TPeriod | null;
    format: TLayoutFileFormat;
    k?: number;
  },
): string {
  const query = new URLSearchParams({
    layout: r.layout,
    format: r.format,
    variant: r.variant,
    lang: r.lang,
    ...(r.variant === "public" ? { k: String(r.k ?? K_DEFAULT) } : {}),
    ...(r.period ? { from: r.period.from, to: r.period.to } : {}),
  });
  return `/api/reports/${r.year}/export?${query}`;
}
