import { z } from "zod";
import { CLOSE_REASONS, STATUS_NOTE_MAX } from "@/lib/domain/case-workflow";
import { CASE_STATUSES } from "./case";
import { ZOptionalText, ZPastDate, ZUuid, ZVersion } from "./common";

// A case's status change. The form offers only the moves the workflow allows from the case's
// status; lib/data checks the move against the status the case has when it is saved
// (checkStatusChange in lib/domain/case-workflow.ts), since the form may be stale.

export { CLOSE_REASONS };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ZChangeCaseStatus = z.object({
  id: ZUuid,
  version: ZVersion,
  toStatus: z.enum(CASE_STATUSES, { error: "choose" }),
  closeReason: z.preprocess(
    blankToUndefined,
    z.enum(CLOSE_REASONS, { error: "choose" }).optional(),
  ),
  // Required: the date a change happened is rarely the day it is entered.
  changedOn: ZPastDate.pipe(z.string({ error: "required" })),
  note: ZOptionalText(STATUS_NOTE_MAX, { multiline: true }),
});
export type TChangeCaseStatus = z.infer<typeof ZChangeCaseStatus>;
