import { describe, expect, it } from "vitest";
import { ZCreateUser } from "./users";

describe("ZCreateUser", () => {
  const base = { email: " Clerk@Example.ORG ", name: "Clerk", role: "STAFF" };

  it("normalises the email and reads checkboxes and province lists from a form", () => {
    expect(ZCreateUser.parse({ ...base, provinceIds: ["12", "8"] })).toMatchObject({
      email: "clerk@example.org",
      nationalScope: false,
      provinceIds: [12, 8],
    });
    expect(ZCreateUser.parse({ ...base, nationalScope: "on" })).toMatchObject({
      nationalScope: true,
      provinceIds: [],
    });
  });

  it("needs a scope for everyone but an administrator", () => {
    expect(ZCreateUser.safeParse(base).error?.issues[0]).toMatchObject({
      path: ["provinceIds"],
      message: "scopeRequired",
    });
    expect(ZCreateUser.safeParse({ ...base, role: "ADMIN" }).success).toBe(true);
  });

  it("refuses provinces that do not exist and unknown roles", () => {
    expect(ZCreateUser.safeParse({ ...base, provinceIds: ["26"] }).success).toBe(false);
    expect(ZCreateUser.safeParse({ ...base, role: "ROOT", nationalScope: "on" }).success).toBe(
      false,
    );
  });
});
