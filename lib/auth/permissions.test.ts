import { describe, expect, it } from "vitest";
import { permissionsOf, PERMISSIONS, roleCan } from "./permissions";

describe("the permission table", () => {
  it("gives each role exactly what the issue's table says", () => {
    expect(permissionsOf("STAFF")).toEqual([
      "read:record",
      "write:record",
      "read:victim-identity",
      "read:report",
    ]);
    expect(permissionsOf("MANAGER")).toEqual([
      "read:record",
      "read:report",
      "publish:report",
      "export:report",
    ]);
    expect(permissionsOf("AUDITOR")).toEqual([
      "read:record",
      "read:report",
      "export:report",
      "read:audit",
    ]);
    expect(permissionsOf("ADMIN")).toEqual(["manage:user"]);
  });

  it("lets nobody but staff change records, and nobody but administrators manage users", () => {
    for (const role of ["MANAGER", "AUDITOR", "ADMIN"] as const)
      expect(roleCan(role, "write:record")).toBe(false);
    expect(PERMISSIONS["manage:user"]).toEqual(["ADMIN"]);
  });
});
