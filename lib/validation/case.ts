import { z } from "zod";
import { CLOSE_REASONS } from "@/lib/domain/case-workflow";
import {
  checkNotInFuture,
  ZOptionalText,
  ZPastDate,
  ZProvinceId,
  ZRequiredText,
  ZTime,
  ZUuid,
  ZVersion,
} from "./common";

export const OFFENCE_TYPES = [
  "HUMAN_TRAFFICKING",
  "SEXUAL_EXPLOITATION",
  "LABOUR_EXPLOITATION",
  "FORCED_MARRIAGE",
  "OTHER",
] as const;
export const CASE_STATUSES = [
  "OPEN",
  "INVESTIGATION",
  "PROSECUTION",
  "IN_COURT",
  "CLOSED",
] as const;

const caseFields = {
  offenceType: z.enum(OFFENCE_TYPES, { error: "choose" }),
  provinceId: ZProvinceId,
  leadAgency: ZRequiredText(200),
  /** The crack-down date, the case's reporting date (Phnom Penh). */
  crackedDownOn: ZPastDate,
  crackedDownTime: ZTime,
  summary: ZOptionalText(4000, { multiline: true }),
};

function caseRules(v: { crackedDownOn?: string; crackedDownTime?: string }, ctx: z.RefinementCtx) {
  checkNotInFuture(v.crackedDownOn, v.crackedDownTime, "crackedDownTime", ctx);
}

// No status: a new case starts OPEN, and its status changes only along the workflow
// (ZChangeCaseStatus in ./case-status.ts, decision 0036).
export const ZCreateCase = z.object(caseFields).superRefine(caseRules);
export type TCreateCase = z.infer<typeof ZCreateCase>;

/**
 * An imported case may arrive at any status (a file of past cases): the status and, for a closed
 * one, its close reason become the case's first history row.
 */
export const ZImportCase = z
  .object({
    ...caseFields,
    status: z.enum(CASE_STATUSES, { error: "choose" }),
    closeReason: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.enum(CLOSE_REASONS, { error: "choose" }).optional(),
    ),
  })
  .superRefine((v, ctx) => {
    caseRules(v, ctx);
    if (v.status === "CLOSED" && !v.closeReason)
      ctx.addIssue({
        code: "custom",
        message: "caseWorkflow.errors.reasonRequired",
        path: ["closeReason"],
      });
    if (v.status !== "CLOSED" && v.closeReason)
      ctx.addIssue({
        code: "custom",
        message: "caseWorkflow.errors.reasonNotClosing",
        path: ["closeReason"],
      });
  });
export type TImportCase = z.infer<typeof ZImportCase>;

/** An edit names the version it was based on, so a stale save is refused, never applied. */
export const ZUpdateCase = z
  .object({ id: ZUuid, version: ZVersion, ...caseFields })
  .superRefine(caseRules);
export type TUpdateCase = z.infer<typeof ZUpdateCase>;

/** Soft delete and restore act on one record at a known version. */
export const ZRecordRef = z.object({ id: ZUuid, version: ZVersion });
export type TRecordRef = z.infer<typeof ZRecordRef>;
