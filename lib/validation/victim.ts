import { z } from "zod";
import {
  checkNotInFuture,
  ZAge,
  ZOptionalProvinceId,
  ZOptionalUuid,
  ZPastDate,
  ZRequiredText,
  ZTime,
  ZUuid,
  ZVersion,
  ZCountryCode,
} from "./common";
import {
  checkAfterBirth,
  checkBirthOrAge,
  duplicateDecision,
  SEXES,
  ZNationalityChoice,
} from "./person";

export const RESCUING_AGENCIES = ["POLICE_JUDICIAL", "FOREIGN_AFFAIRS", "OTHER"] as const;
export const EXPLOITATION_TYPES = [
  "SEXUAL",
  "LABOUR",
  "FORCED_MARRIAGE",
  "DOMESTIC_SERVITUDE",
  "BEGGING",
  "OTHER",
  "UNKNOWN",
] as const;
export const SERVICE_TYPES = [
  "SHELTER",
  "MEDICAL",
  "PSYCHOSOCIAL",
  "LEGAL",
  "REPATRIATION",
  "REINTEGRATION",
  "EDUCATION",
  "VOCATIONAL",
  "OTHER",
] as const;

/** "UNKNOWN" is an explicit answer: rescued abroad, country not known. An empty choice is not. */
const ZRescueCountry = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z
    .union([ZCountryCode.refine((c) => c !== "KH", { error: "country" }), z.literal("UNKNOWN")])
    .optional(),
);

const victimFields = {
  caseId: ZOptionalUuid,
  name: ZRequiredText(200),
  sex: z.enum(SEXES, { error: "choose" }),
  dateOfBirth: ZPastDate,
  ageAtRescue: ZAge,
  nationality: ZNationalityChoice,
  homeProvinceId: ZOptionalProvinceId,
  rescuedOn: ZPastDate,
  rescuedTime: ZTime,
  rescuePlace: z.enum(["CAMBODIA", "ABROAD"], { error: "choose" }),
  rescueProvinceId: ZOptionalProvinceId,
  rescueCountry: ZRescueCountry,
  rescuingAgency: z.enum(RESCUING_AGENCIES, { error: "choose" }),
  exploitationType: z.enum(EXPLOITATION_TYPES, { error: "choose" }),
};

type VictimShape = {
  dateOfBirth?: string;
  ageAtRescue?: number;
  rescuedOn?: string;
  rescuedTime?: string;
  rescuePlace: "CAMBODIA" | "ABROAD";
  rescueProvinceId?: number;
  rescueCountry?: string;
};

function victimRules(v: VictimShape, ctx: z.RefinementCtx) {
  checkBirthOrAge({ dateOfBirth: v.dateOfBirth, age: v.ageAtRescue }, "ageAtRescue", ctx);
  checkAfterBirth(v.dateOfBirth, v.rescuedOn, "rescuedOn", ctx);
  checkNotInFuture(v.rescuedOn, v.rescuedTime, "rescuedTime", ctx);
  if (v.rescuePlace === "ABROAD" && !v.rescueCountry) {
    ctx.addIssue({ code: "custom", message: "countryNeeded", path: ["rescueCountry"] });
  }
}

export const ZCreateVictim = z
  .object({ ...victimFields, ...duplicateDecision })
  .superRefine(victimRules);
export type TCreateVictim = z.infer<typeof ZCreateVictim>;

/**
 * A victim row of an import: the form's fields, and the "Services referred to" column, which the
 * import turns into referrals to the default providers (decision 0035); the form refers a victim
 * on the victim's page instead, to a provider of the user's choosing.
 */
export const ZImportVictim = z
  .object({
    ...victimFields,
    ...duplicateDecision,
    servicesReferred: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(SERVICE_TYPES, { error: "choose" })),
    ),
  })
  .superRefine(victimRules);
export type TImportVictim = z.infer<typeof ZImportVictim>;

export const ZUpdateVictim = z
  .object({ id: ZUuid, version: ZVersion, ...victimFields })
  .superRefine(victimRules);
export type TUpdateVictim = z.infer<typeof ZUpdateVictim>;
