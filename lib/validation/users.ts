import { z } from "zod";
import { ZEmail } from "./auth";
import { ZVersion } from "./common";
import { ZPlainString } from "./text";

export const ROLES = ["STAFF", "MANAGER", "AUDITOR", "ADMIN"] as const;

const ZCheckbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const ZProvinceIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().min(1, { error: "province" }).max(25, { error: "province" })),
);

const access = {
  name: ZPlainString().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  role: z.enum(ROLES, { error: "role" }),
  nationalScope: ZCheckbox,
  provinceIds: ZProvinceIds,
  /** The agency the user works for (decision 0034); the permission table grants by its kind. */
  agencyId: z.coerce
    .number({ error: "agency" })
    .int({ error: "agency" })
    .min(1, { error: "agency" })
    .max(2_147_483_647, { error: "agency" }),
  agencyUnit: ZPlainString()
    .trim()
    .max(200, { error: "tooLong" })
    .transform((v) => v || null)
    .nullable()
    .optional(),
};

// Everyone but an administrator works on records, so needs a scope: national or some provinces.
function hasScope(v: { role: string; nationalScope: boolean; provinceIds: number[] }) {
  return v.role === "ADMIN" || v.nationalScope || v.provinceIds.length > 0;
}
const scopeRule = { error: "scopeRequired", path: ["provinceIds"] };

export const ZCreateUser = z.object({ email: ZEmail, ...access }).refine(hasScope, scopeRule);
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUserAccess = z
  .object({ id: z.uuid(), version: ZVersion, ...access })
  .refine(hasScope, scopeRule);
export type TUpdateUserAccess = z.infer<typeof ZUpdateUserAccess>;

/** Deactivate, reactivate and reset password act on one user at a known version. */
export const ZUserRef = z.object({ id: z.uuid(), version: ZVersion });
export type TUserRef = z.infer<typeof ZUserRef>;
