import { z } from "zod";
import { isCalendarDate, tipPeriod, yearPeriod, type TPeriod } from "@/lib/domain/period";
import { K_DEFAULT, K_MAX, K_MIN } from "@/lib/domain/suppression";
import { LOCALES } from "@/lib/i18n/locales";
import { ZReportYear } from "./report";
import { EXPORT_VARIANTS } from "./report-export";

// A layout's address: ?layout=tip|glotip&format=&variant=&k=&lang=&from=&to= on /api/reports/Y
// and /api/reports/Y/export, and `npm run report -- --layout`. One definition for the routes,
// the command and the export menu, so the menu offers only what the routes accept.

export const LAYOUT_NAMES = ["tip", "glotip"] as const;
export type TLayoutName = (typeof LAYOUT_NAMES)[number];
export const LAYOUT_FILE_FORMATS = ["csv", "xlsx", "json"] as const;
export type TLayoutFileFormat = (typeof LAYOUT_FILE_FORMATS)[number];

const ZDate = z.string().refine(isCalendarDate, { error: "date" });

export const ZLayoutRequest = z
  .object({
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
    from: ZDate.optional(),
    to: ZDate.optional(),
  })
  .superRefine((v, ctx) => {
    // A period is both its dates or neither (then the layout's own for the year).
    if ((v.from === undefined) !== (v.to === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.from ? "to" : "from"], message: "period" });
    } else if (v.from && v.to && v.from > v.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "period" });
    }
  });
export type TLayoutRequest = z.infer<typeof ZLayoutRequest>;

/** The request from a route's year and search params; empty values take defaults. */
export function parseLayoutRequest(year: string, params: URLSearchParams) {
  const value = (name: string) => params.get(name) || undefined;
  return ZLayoutRequest.safeParse({
    year,
    ...Object.fromEntries(
      ["layout", "format", "variant", "k", "lang", "from", "to"].map((n) => [n, value(n)]),
    ),
  });
}

/** The period a layout counts: the one asked for, else TIP's 1 April Y – 31 March Y+1 or
 * GLOTIP's calendar year. */
export function layoutPeriod(r: Pick<TLayoutRequest, "layout" | "year" | "from" | "to">): TPeriod {
  if (r.from && r.to) return { from: r.from, to: r.to };
  return r.layout === "tip" ? tipPeriod(r.year) : yearPeriod(r.year);
}

/** The export route's address for a layout file (the export menu's links). */
export function layoutExportHref(
  r: Pick<TLayoutRequest, "year" | "layout" | "variant" | "lang"> & {
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
  });
  return `/api/reports/${r.year}/export?${query}`;
}
