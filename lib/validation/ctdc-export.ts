import { z } from "zod";
import { CTDC_K_DEFAULT, CTDC_K_MAX, CTDC_K_MIN } from "@/lib/domain/suppression";
import { ZReportYear } from "./report";

// The CTDC export's options: /api/reports/Y/ctdc?k=11 and `npm run export:ctdc -- --year Y --k K`.
// One schema, so the route, the command and the report page's link accept the same values.

export { CTDC_K_DEFAULT, CTDC_K_MAX, CTDC_K_MIN };

export const ZCtdcExport = z.object({
  year: ZReportYear,
  k: z.coerce
    .number({ error: "k" })
    .int({ error: "k" })
    .min(CTDC_K_MIN, { error: "k" })
    .max(CTDC_K_MAX, { error: "k" })
    .default(CTDC_K_DEFAULT),
});
export type TCtdcExport = z.infer<typeof ZCtdcExport>;

/** The options from a year and a k as typed; an empty or absent k is the default. */
export function parseCtdcExport(year: string, k: string | null | undefined) {
  return ZCtdcExport.safeParse({ year, k: k || undefined });
}
