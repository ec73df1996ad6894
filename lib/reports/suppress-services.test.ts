import { describe, expect, it } from "vitest";
import { Suppressor } from "./suppress";
import { suppressServices } from "./suppress-services";
import type { TServicesSection } from "./types";

const section: TServicesSection = {
  referred: 40,
  provided: 5,
  byType: [
    { service: "SHELTER", referred: 20, provided: 3 },
    { service: "MEDICAL", referred: 15, provided: 2 },
    { service: "LEGAL", referred: 5, provided: 0 },
  ],
  visitedVictims: 30,
  reintegration: [
    { status: "IN_PROGRESS", count: 14 },
    { status: "REINTEGRATED", count: 16 },
    { status: "AT_RISK", count: 0 },
  ],
};

describe("the services section's public variant", () => {
  it("hides small totals, withholds their columns, and protects small cells", () => {
    const s = new Suppressor(11);
    const out = suppressServices(s, section);
    expect(out.referred).toBe(40);
    // 5 provided is small: the total goes, and its column with it.
    expect(out.provided).toBeNull();
    expect(out.byType.map((r) => r.provided)).toEqual([null, null, null]);
    expect(s.withheld).toContain("services.byType.provided");
    // LEGAL's 5 referrals are small; another cell goes with it so 5 cannot be worked out.
    const referred = out.byType.map((r) => r.referred);
    expect(referred[2]).toBeNull();
    expect(referred.filter((n) => n === null).length).toBeGreaterThanOrEqual(2);
    expect(out.reintegration.map((r) => r.count)).toEqual([14, 16, 0]);
    expect(out.visitedVictims).toBe(30);
  });
});
