import { z } from "zod";
import { AGE_BAND_SET_NAMES, type TAgeBandSet } from "@/lib/domain/age-bands";

// The report's address and options, as they appear in /reports/Y, /api/reports/Y and
// `npm run report`: one definition, so the page, the API and the command read them alike.

// Four digits, not starting with 0: the year 0000 (or 0099) is no reporting year, and JavaScript
// dates read years below 100 as 19xx.
export const ZReportYear = z
  .string()
  .regex(/^[1-9]\d{3}$/, { error: "year" })
  .transform(Number);

export const ZReportOptions = z.object({
  bands: z
    .enum(AGE_BAND_SET_NAMES as [TAgeBandSet, ...TAgeBandSet[]], { error: "bands" })
    .default("ncct"),
});
export type TReportOptions = z.infer<typeof ZReportOptions>;

/** Options from search params; an unknown band set is an error, a missing one the default. */
export function parseReportOptions(params: Record<string, string | string[] | undefined>) {
  const bands = Array.isArray(params.bands) ? params.bands[0] : params.bands;
  return ZReportOptions.safeParse({ bands: bands || undefined });
}
