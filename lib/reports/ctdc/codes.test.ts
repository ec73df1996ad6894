import { describe, expect, it } from "vitest";
import { alpha3Of, ctdcAgeBroad, ctdcFlags, ctdcMajorityStatus, ctdcRowOf } from "./codes";
import { regionOf, subRegionOf } from "./regions";

describe("the CTDC codebook's codes", () => {
  it("writes CTDC's age bands with a double hyphen, at their boundaries", () => {
    const cases: [number | null, string][] = [
      [0, "0--8"],
      [8, "0--8"],
      [9, "9--17"],
      [17, "9--17"],
      [18, "18--20"],
      [29, "27--29"],
      [30, "30--38"],
      [47, "39--47"],
      [48, "48+"],
      [97, "48+"],
      [null, "-99"],
    ];
    for (const [years, band] of cases) expect(ctdcAgeBroad(years), String(years)).toBe(band);
    expect([17, 18, null].map(ctdcMajorityStatus)).toEqual(["Minor", "Adult", "-99"]);
  });

  it("turns alpha-2 codes into alpha-3, and an unknown country into -99", () => {
    expect([alpha3Of("KH"), alpha3Of("MY"), alpha3Of(null), alpha3Of("ZZ")]).toEqual([
      "KHM",
      "MYS",
      "-99",
      "-99",
    ]);
  });

  it("sets one flag per exploitation type, and none is known for UNKNOWN", () => {
    const flags = (t: Parameters<typeof ctdcFlags>[0]) => Object.values(ctdcFlags(t)).join("");
    // isForcedLabour, isSexualExploit, isForcedMarriage, isOtherExploit
    expect(flags("SEXUAL")).toBe("0100");
    expect(flags("LABOUR")).toBe("1000");
    expect(flags("DOMESTIC_SERVITUDE")).toBe("1000");
    expect(flags("BEGGING")).toBe("1000");
    expect(flags("FORCED_MARRIAGE")).toBe("0010");
    expect(flags("OTHER")).toBe("0001");
    expect(flags("UNKNOWN")).toBe("-99-99-99-99");
  });

  it("places the exploitation where the victim was rescued", () => {
    const victim = {
      sex: "FEMALE" as const,
      ageYears: 16,
      nationality: "KH",
      rescuedAbroad: false,
      rescueCountry: null,
      exploitationType: "SEXUAL" as const,
    };
    expect(ctdcRowOf(2017, victim)).toEqual({
      yearOfRegistration: "2017",
      gender: "Female",
      ageBroad: "9--17",
      majorityStatus: "Minor",
      citizenship: "KHM",
      CountryOfExploitation: "KHM",
      isForcedLabour: "0",
      isSexualExploit: "1",
      isForcedMarriage: "0",
      isOtherExploit: "0",
    });
    const abroad = { ...victim, rescuedAbroad: true };
    expect(ctdcRowOf(2017, { ...abroad, rescueCountry: "TH" }).CountryOfExploitation).toBe("THA");
    expect(ctdcRowOf(2017, abroad).CountryOfExploitation).toBe("-99");
    expect(ctdcRowOf(2017, { ...victim, sex: "UNKNOWN", nationality: null })).toMatchObject({
      gender: "-99",
      citizenship: "-99",
    });
  });

  it("generalises countries to M49 sub-regions and regions; -99 stays -99", () => {
    expect(["KHM", "JPN", "SOM", "USA", "BRA", "-99"].map(subRegionOf)).toEqual([
      "South-eastern Asia",
      "Eastern Asia",
      "Eastern Africa",
      "Northern America",
      "Other",
      "-99",
    ]);
    expect(["KHM", "SAU", "CZE", "BRA", "-99"].map(regionOf)).toEqual([
      "Asia",
      "Asia",
      "Europe",
      "Other",
      "-99",
    ]);
  });
});
