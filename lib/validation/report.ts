import { z } from "zod";
import { AGE_BAND_SET_NAMES, type TAgeBandSet } from "@/lib/domain/age-bands";
import { isCalendarDate, periodDays } from "@/lib/domain/period";

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

/** The longest period a report covers: ten years (a longer one is a mistake, and slow). */
export const MAX_PERIOD_DAYS = 3_660;

const ZDate = z.string({ error: "date" }).refine(isCalendarDate, { error: "date" });

/** A period's dates, YYYY-MM-DD, read in Asia/Phnom_Penh, both inclusive. */
export const ZReportPeriod = z
  .object({ from: ZDate, to: ZDate })
  .refine((p) => p.from <= p.to, { error: "periodOrder", path: ["to"] })
  // zod runs an object's refinements even when a field failed (its strings are then unchecked):
  // the length is only measured between two real dates.
  .refine(
    (p) =>
      !isCalendarDate(p.from) ||
      !isCalendarDate(p.to) ||
      p.from > p.to ||
      periodDays(p) <= MAX_PERIOD_DAYS,
    { error: "periodLength", path: ["to"] },
  );

/**
 * The period asked for by ?from=&to= (or --from/--to): null when neither is given, so the year
 * applies; an error when only one is, or when they are no period.
 */
export function parseReportPeriod(params: Record<string, string | string[] | undefined>) {
  const one = (name: string) => {
    const v = params[name];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const from = one("from");
  const to = one("to");
  if (from === undefined && to === undefined) return { success: true as const, data: null };
  return ZReportPeriod.safeParse({ from, to });
}
