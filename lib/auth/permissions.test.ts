import { describe, expect, it } from "vitest";
import { permissionsOf, PERMISSIONS, roleCan } from "./permissions";

describe("the permission table", () => {
  it("gives each role exactly what the issue's table says", () => {
    expect(permissionsOf("STAFF")).toEqual([
      "read:record",
      "write:record",
      "read:victim-identity",
      "read:report",
      "read:referral",
      "write:referral",
      "change:case-status",
    ]);
    expect(permissionsOf("MANAGER")).toEqual([
      "read:record",
      "read:report",
      "publish:report",
      "export:report",
      "read:referral",
    ]);
    expect(permissionsOf("AUDITOR")).toEqual([
      "read:record",
      "read:report",
      "export:report",
      "read:audit",
      "read:referral",
    ]);
    expect(permissionsOf("ADMIN")).toEqual(["manage:user", "manage:agency"]);
  });

  it("lets nobody but staff change records, and nobody but administrators manage users", () => {
    for (const role of ["MANAGER", "AUDITOR", "ADMIN"] as const)
      expect(roleCan(role, "write:record")).toBe(false);
    expect(PERMISSIONS["manage:user"]).toEqual(["ADMIN"]);
  });
});
