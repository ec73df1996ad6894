import { z } from "zod";
import {
  checkNotInFuture,
  ZAge,
  ZOptionalText,
  ZPastDate,
  ZRequiredText,
  ZTime,
  ZUuid,
  ZVersion,
} from "./common";
import {
  checkAfterBirth,
  checkBirthOrAge,
  duplicateDecision,
  SEXES,
  ZNationalityChoice,
} from "./person";
import { courtFields, courtRules } from "./court";

export { APPEAL_STATUSES, COURT_OUTCOMES } from "./court";

export const SUSPECT_ROLES = ["RECRUITER", "BROKER", "TRANSPORTER", "EXPLOITER", "OTHER"] as const;

const suspectFields = {
  caseId: ZUuid,
  name: ZRequiredText(200),
  sex: z.enum(SEXES, { error: "choose" }),
  dateOfBirth: ZPastDate,
  ageYears: ZAge,
  nationality: ZNationalityChoice,
  role: z.enum(SUSPECT_ROLES, { error: "choose" }),
  arrestedOn: ZPastDate,
  arrestedTime: ZTime,
  arrestingUnit: ZOptionalText(200),
  charges: ZOptionalText(2000),
  ...courtFields,
};

type SuspectShape = Parameters<typeof courtRules>[0] & {
  dateOfBirth?: string;
  ageYears?: number;
  arrestedOn?: string;
  arrestedTime?: string;
  arrestingUnit?: string;
};

function suspectRules(v: SuspectShape, ctx: z.RefinementCtx) {
  checkBirthOrAge({ dateOfBirth: v.dateOfBirth, age: v.ageYears }, "ageYears", ctx);
  checkAfterBirth(v.dateOfBirth, v.arrestedOn, "arrestedOn", ctx);
  checkNotInFuture(v.arrestedOn, v.arrestedTime, "arrestedTime", ctx);
  // An arrest is a fact about a suspect: a unit with no arrest date records no arrest.
  if (v.arrestingUnit && !v.arrestedOn) {
    ctx.addIssue({ code: "custom", message: "arrestDateNeeded", path: ["arrestedOn"] });
  }
  courtRules(v, ctx);
}

export const ZCreateSuspect = z
  .object({ ...suspectFields, ...duplicateDecision })
  .superRefine(suspectRules);
export type TCreateSuspect = z.infer<typeof ZCreateSuspect>;

export const ZUpdateSuspect = z
  .object({ id: ZUuid, version: ZVersion, ...suspectFields })
  .superRefine(suspectRules);
export type TUpdateSuspect = z.infer<typeof ZUpdateSuspect>;
