import { z } from "zod";
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
  status: z.enum(CASE_STATUSES, { error: "choose" }),
  summary: ZOptionalText(4000, { multiline: true }),
};

function caseRules(v: { crackedDownOn?: string; crackedDownTime?: string }, ctx: z.RefinementCtx) {
  checkNotInFuture(v.crackedDownOn, v.crackedDownTime, "crackedDownTime", ctx);
}

export const ZCreateCase = z.object(caseFields).superRefine(caseRules);
export type TCreateCase = z.infer<typeof ZCreateCase>;

/** An edit names the version it was based on, so a stale save is refused, never applied. */
export const ZUpdateCase = z
  .object({ id: ZUuid, version: ZVersion, ...caseFields })
  .superRefine(caseRules);
export type TUpdateCase = z.infer<typeof ZUpdateCase>;

/** Soft delete and restore act on one record at a known version. */
export const ZRecordRef = z.object({ id: ZUuid, version: ZVersion });
export type TRecordRef = z.infer<typeof ZRecordRef>;
