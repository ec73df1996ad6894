import { z } from "zod";
import { REFERRAL_STATUSES, REINTEGRATION_STATUSES } from "@/lib/domain/referrals";
import { isCalendarDate, todayInPhnomPenh, ZOptionalText, ZUuid, ZVersion } from "./common";
import { SERVICE_TYPES } from "./victim";

// The referral forms' schemas, shared by the forms and the actions. The rules that need the
// referral's own dates (not before the referral date, the allowed next status) are checked in
// lib/data against the stored row, with the same field names, so the errors sit beside the field.

/** A required calendar date, not after today in Phnom Penh. */
const ZRequiredPastDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine(isCalendarDate, { error: "date", abort: true })
  .refine((v) => v <= todayInPhnomPenh(), { error: "dateInFuture" });

const ZAgencyId = z.coerce
  .number({ error: "choose" })
  .int({ error: "choose" })
  .min(1, { error: "choose" })
  .max(2_147_483_647, { error: "choose" });

export const ZCreateReferral = z.object({
  victimId: ZUuid,
  service: z.enum(SERVICE_TYPES, { error: "choose" }),
  providerId: ZAgencyId,
  referredOn: ZRequiredPastDate,
  note: ZOptionalText(1000),
});
export type TCreateReferral = z.infer<typeof ZCreateReferral>;

export const ZChangeReferralStatus = z.object({
  id: ZUuid,
  version: ZVersion,
  status: z.enum(REFERRAL_STATUSES, { error: "choose" }),
  on: ZRequiredPastDate,
  note: ZOptionalText(1000),
});
export type TChangeReferralStatus = z.infer<typeof ZChangeReferralStatus>;

export const ZRecordFollowUp = z.object({
  referralId: ZUuid,
  visitedOn: ZRequiredPastDate,
  visitedBy: ZOptionalText(200),
  outcome: ZOptionalText(1000),
  reintegration: z.enum(REINTEGRATION_STATUSES, { error: "choose" }),
});
export type TRecordFollowUp = z.infer<typeof ZRecordFollowUp>;
