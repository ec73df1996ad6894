import { describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-users";
import { DEMO_EMAIL_DOMAIN, demoAccountsRefusal, secretRefusal } from "./preflight";

describe("the production server's AUTH_SECRET check", () => {
  it("refuses a missing or short secret and accepts a long one", () => {
    expect(secretRefusal(undefined)).toContain("AUTH_SECRET is not set");
    expect(secretRefusal("")).toContain("AUTH_SECRET is not set");
    expect(secretRefusal("x".repeat(31))).toContain("is 31 characters; it must be at least 32");
    expect(secretRefusal("x".repeat(32))).toBeNull();
  });
});

describe("the production server's demo-account check", () => {
  it("covers every demo account", () => {
    for (const u of DEMO_USERS) expect(u.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
  });

  it("needs a database URL, and is skipped only by the explicit opt-in", async () => {
    expect(await demoAccountsRefusal({})).toContain("DATABASE_URL is not set");
    expect(await demoAccountsRefusal({ ALLOW_DEMO_ACCOUNTS: "1" })).toBeNull();
    // Anything but "1" is no opt-in.
    const count = () => Promise.resolve(4);
    const env = { DATABASE_URL: "postgresql://db/x", ALLOW_DEMO_ACCOUNTS: "true" };
    expect(await demoAccountsRefusal(env, count)).toContain("holds 4 demo account(s)");
  });
});
