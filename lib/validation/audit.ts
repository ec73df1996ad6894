import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
  .optional()
  .or(z.literal("").transform(() => undefined));

/** Audit trail filters, as they appear in the page's URL and the export's query string. */
export const ZAuditFilters = z.object({
  actor: optionalText,
  action: optionalText,
  entityType: optionalText,
  entityId: optionalText,
  /** Calendar days in Asia/Phnom_Penh, inclusive. */
  from: optionalDate,
  to: optionalDate,
  cursor: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
