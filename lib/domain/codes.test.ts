import { describe, expect, it } from "vitest";
import { formatCaseReference, generateVictimCode } from "./codes";

describe("formatCaseReference", () => {
  it("joins province code, year and a zero-padded sequence", () => {
    expect(formatCaseReference("PNP", 2017, 42)).toBe("PNP-2017-0042");
    expect(formatCaseReference("SRP", 2016, 12345)).toBe("SRP-2016-12345");
  });
});

describe("generateVictimCode", () => {
  it("uses only unambiguous characters", () => {
    for (let i = 0; i < 200; i++) expect(generateVictimCode()).toMatch(/^V-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it("does not repeat across many draws", () => {
    const codes = new Set(Array.from({ length: 2000 }, generateVictimCode));
    expect(codes.size).toBe(2000);
  });
});
