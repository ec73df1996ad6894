import { z } from "zod";
import { ZPlainString } from "./text";

// Messages are keys in the `validation` namespace of the message catalogue, so the form shows
// them in the UI language.
// 254 characters: the longest address SMTP can carry (RFC 5321's path limit, less the brackets).
export const ZEmail = ZPlainString()
  .trim()
  .toLowerCase()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

export const ZSignIn = z.object({
  email: ZPlainString().trim().toLowerCase().min(1, { error: "required" }).max(320),
  password: z.string().min(1, { error: "required" }).max(1024),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(PASSWORD_MAX_LENGTH, { error: "passwordTooLong" });

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }),
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: "passwordsDiffer",
    path: ["confirmPassword"],
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    error: "passwordUnchanged",
    path: ["newPassword"],
  });
export type TChangePassword = z.infer<typeof ZChangePassword>;
