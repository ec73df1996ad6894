import { z } from "zod";
import { AGENCY_KINDS } from "@/lib/domain/agencies";
import type { ServiceType } from "@/lib/generated/prisma/enums";
import { ZOptionalProvinceId, ZVersion } from "./common";
import { ZPlainString } from "./text";

// An agency's form (decision 0034): the one schema of the admin form and its actions.

/** The services a provider may offer (the ServiceType enum). */
export const AGENCY_SERVICES = [
  "SHELTER",
  "MEDICAL",
  "PSYCHOSOCIAL",
  "LEGAL",
  "REPATRIATION",
  "REINTEGRATION",
  "EDUCATION",
  "VOCATIONAL",
  "OTHER",
] as const satisfies readonly ServiceType[];

const ZCheckbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const text = (max: number) =>
  ZPlainString().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

const agencyFields = {
  code: ZPlainString()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,23}$/, { error: "agencyCode" })),
  kind: z.enum(AGENCY_KINDS, { error: "choose" }),
  nameEn: text(200),
  nameKm: text(200),
  provinceId: ZOptionalProvinceId,
  services: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(AGENCY_SERVICES, { error: "choose" })),
  ),
  active: ZCheckbox,
};

export const ZCreateAgency = z.object(agencyFields);
export type TCreateAgency = z.infer<typeof ZCreateAgency>;

export const ZUpdateAgency = z.object({
  // An agency id is a PostgreSQL integer, as a version is.
  id: ZVersion,
  version: ZVersion,
  ...agencyFields,
});
export type TUpdateAgency = z.infer<typeof ZUpdateAgency>;
