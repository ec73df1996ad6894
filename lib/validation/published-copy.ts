import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { EXPORT_FORMATS } from "./report-export";
import { ZReportYear } from "./report";

// A published revision's address: /api/reports/Y/revisions/R?format=json|csv|xlsx|pdf&lang=en|km.
// Shared by the route and the revisions panel's links, so the panel offers only what the route
// accepts.

export const ZPublishedCopy = z.object({
  year: ZReportYear,
  // 1 to 9999: far above any real count of a year's revisions, and never a huge integer.
  revision: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, { error: "revision" })
    .transform(Number),
  format: z.enum(EXPORT_FORMATS, { error: "format" }).default("json"),
  lang: z.enum(LOCALES, { error: "lang" }).default("en"),
});
export type TPublishedCopy = z.infer<typeof ZPublishedCopy>;

/** The copy's options from the route's year, revision and search params; empty values default. */
export function parsePublishedCopy(year: string, revision: string, params: URLSearchParams) {
  const value = (name: string) => params.get(name) || undefined;
  return ZPublishedCopy.safeParse({
    year,
    revision,
    format: value("format"),
    lang: value("lang"),
  });
}

/** The route's address for a copy (the panel's links); JSON has no language. */
export function publishedCopyHref(copy: Omit<TPublishedCopy, "lang"> & { lang?: string }) {
  const query = new URLSearchParams({ format: copy.format });
  if (copy.format !== "json" && copy.lang) query.set("lang", copy.lang);
  return `/api/reports/${copy.year}/revisions/${copy.revision}?${query}`;
}
