import { z } from "zod";
import { ZOptionalText, todayInPhnomPenh } from "./common";

// Publishing a year's report: the form's fields and the action's input, one schema for both.
// Error messages are keys: "tooLong" in `validation`, the year's in `reportPublish.errors`.

export const PUBLISH_NOTE_MAX = 500;

export const ZPublishReport = z.object({
  year: z
    .string({ error: "year" })
    .regex(/^[1-9]\d{3}$/, { error: "year" })
    .transform(Number)
    // A year that has not begun has no report to freeze.
    .refine((year) => year <= Number(todayInPhnomPenh().slice(0, 4)), { error: "futureYear" }),
  note: ZOptionalText(PUBLISH_NOTE_MAX, { multiline: true }),
});
export type TPublishReport = z.infer<typeof ZPublishReport>;
