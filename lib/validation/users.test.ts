import { describe, expect, it } from "vitest";
import { ZCreateUser, ZUserRef } from "./users";

describe("ZCreateUser", () => {
  const base = { email: " Clerk@Example.ORG ", name: "Clerk", role: "STAFF", agencyId: "1" };

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

// Found by the action fuzz suite: each of these reached the database and came back as a 500.
describe("bounds the database cannot hold", () => {
  it("refuses an email longer than 254 characters beside the field", () => {
    const email = `${"a".repeat(64)}@${"b".repeat(250)}.org`;
    const issues = ZCreateUser.safeParse({ email, name: "Clerk", role: "ADMIN", agencyId: "1" })
      .error?.issues;
    expect(issues?.[0]).toMatchObject({ path: ["email"], message: "tooLong" });
  });

  it("refuses a version beyond PostgreSQL's integer, or a date read as one", () => {
    const id = "6f1c2b1e-8a4e-4c1a-9d3e-2f5b7c9d1e0a";
    expect(ZUserRef.safeParse({ id, version: "2147483648" }).success).toBe(false);
    expect(ZUserRef.safeParse({ id, version: new Date() }).success).toBe(false);
    expect(ZUserRef.parse({ id, version: "2147483647" })).toEqual({ id, version: 2147483647 });
  });
});
