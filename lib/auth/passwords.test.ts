import { describe, expect, it } from "vitest";
import { ZChangePassword } from "@/lib/validation/auth";
import { isCommonPassword } from "./passwords";
import { generateTemporaryPassword } from "./temporary-password";

describe("password policy", () => {
  it("rejects the most common passwords, whatever their case", () => {
    for (const p of ["password1234", "qwertyuiop123", "PASSWORD1234"])
      expect(isCommonPassword(p)).toBe(true);
    expect(isCommonPassword("Kandal-Clerk-Strong-2026")).toBe(false);
  });

  it("needs 12 characters, a matching repeat and a change", () => {
    const issues = (v: Record<string, string>) =>
      ZChangePassword.safeParse(v).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ??
      [];
    expect(
      issues({ currentPassword: "old", newPassword: "short", confirmPassword: "short" }),
    ).toEqual(["newPassword:passwordTooShort"]);
    expect(
      issues({ currentPassword: "old", newPassword: "long-enough-pw", confirmPassword: "other" }),
    ).toEqual(["confirmPassword:passwordsDiffer"]);
    expect(
      issues({
        currentPassword: "same-old-pass-1",
        newPassword: "same-old-pass-1",
        confirmPassword: "same-old-pass-1",
      }),
    ).toEqual(["newPassword:passwordUnchanged"]);
  });

  it("makes temporary passwords that meet the policy and are not common", () => {
    for (let i = 0; i < 50; i++) {
      const p = generateTemporaryPassword();
      expect(p).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
      expect(isCommonPassword(p)).toBe(false);
    }
  });
});
