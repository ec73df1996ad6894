import { describe, expect, it } from "vitest";
import { AGENCY_KINDS } from "@/lib/domain/agencies";
import type { AgencyKind, Role } from "@/lib/generated/prisma/enums";
import { permissionsOf, PERMISSIONS, reachOf, roleCan, type Permission } from "./permissions";

const staff = (agencyKind: AgencyKind) => ({ role: "STAFF" as const, agencyKind });

describe("the permission table", () => {
  it("gives each role of the secretariat exactly what the issue's table says", () => {
    expect(permissionsOf(staff("SECRETARIAT"))).toEqual([
      "read:record",
      "write:record",
      "write:court",
      "import:record",
      "read:victim-identity",
      "read:report",
      "read:referral",
      "write:referral",
      "change:case-status",
    ]);
    const at = (role: Role) => permissionsOf({ role, agencyKind: "SECRETARIAT" });
    expect(at("MANAGER")).toEqual([
      "read:record",
      "read:report",
      "publish:report",
      "export:report",
      "read:referral",
    ]);
    expect(at("AUDITOR")).toEqual([
      "read:record",
      "read:report",
      "export:report",
      "read:audit",
      "read:referral",
    ]);
    expect(at("ADMIN")).toEqual(["manage:user", "manage:agency"]);
  });

  it("gives provincial committee and police staff what secretariat staff have", () => {
    for (const kind of ["PROVINCIAL_COMMITTEE", "POLICE"] as const)
      expect(permissionsOf(staff(kind))).toEqual(permissionsOf(staff("SECRETARIAT")));
  });

  it("gives managers, auditors and administrators the same whatever their agency", () => {
    for (const role of ["MANAGER", "AUDITOR", "ADMIN"] as const)
      for (const agencyKind of AGENCY_KINDS)
        expect(permissionsOf({ role, agencyKind })).toEqual(
          permissionsOf({ role, agencyKind: "SECRETARIAT" }),
        );
  });

  it("lets Foreign Affairs staff write victims abroad only, and read no report", () => {
    const mfa = staff("FOREIGN_AFFAIRS");
    expect(permissionsOf(mfa)).toEqual([
      "read:record",
      "write:record",
      "read:victim-identity",
      "read:referral",
      "write:referral",
    ]);
    for (const p of ["read:record", "write:record", "read:victim-identity"] as const)
      expect(reachOf(mfa, p)).toBe("abroad");
  });

  it("lets service providers read the victims referred to them and their referrals, no more", () => {
    for (const kind of ["SOCIAL_AFFAIRS", "NGO"] as const) {
      const provider = staff(kind);
      expect(permissionsOf(provider)).toEqual([
        "read:record",
        "read:victim-identity",
        "read:referral",
        "write:referral",
      ]);
      for (const p of permissionsOf(provider)) expect(reachOf(provider, p)).toBe("referred");
    }
  });

  it("lets court clerks read cases and suspects by court, and write court fields only", () => {
    const court = staff("COURT");
    expect(permissionsOf(court)).toEqual(["read:record", "write:court"]);
    expect(reachOf(court, "read:record")).toBe("court");
    expect(reachOf(court, "write:court")).toBe("court");
    expect(reachOf(court, "read:victim-identity")).toBeNull();
  });

  // So a visible victim's identity is readable exactly when the permission is held.
  it("reaches identities only where it reaches the records", () => {
    for (const role of ["STAFF", "MANAGER", "AUDITOR", "ADMIN"] as const)
      for (const agencyKind of AGENCY_KINDS) {
        const identity = reachOf({ role, agencyKind }, "read:victim-identity");
        if (identity) expect(reachOf({ role, agencyKind }, "read:record")).toBe(identity);
      }
  });

  it("lets nobody but staff change records, and nobody but administrators manage users", () => {
    const writers = new Set<string>();
    for (const role of ["STAFF", "MANAGER", "AUDITOR", "ADMIN"] as const)
      for (const agencyKind of AGENCY_KINDS)
        for (const p of ["write:record", "write:court", "import:record"] as Permission[])
          if (reachOf({ role, agencyKind }, p)) writers.add(role);
    expect([...writers]).toEqual(["STAFF"]);
    expect(PERMISSIONS["manage:user"]).toEqual([{ roles: ["ADMIN"], reach: "scope" }]);
    expect(roleCan("STAFF", "write:record")).toBe(true);
    expect(roleCan("MANAGER", "write:record")).toBe(false);
  });
});
