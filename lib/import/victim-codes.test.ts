import { describe, expect, it } from "vitest";
import { generateVictimCode } from "@/lib/domain/codes";
import { CODE_ALPHABET, drawVictimCodes } from "./victim-codes";

describe("drawVictimCodes", () => {
  it("uses the alphabet of generateVictimCode, so both kinds of code look alike", () => {
    const used = new Set(
      Array.from({ length: 5_000 }, () => generateVictimCode().slice(2)).join(""),
    );
    expect([...used].sort().join("")).toBe([...CODE_ALPHABET].sort().join(""));
  });

  it("draws distinct codes of the same form, avoiding those excluded", () => {
    const excluded = new Set(drawVictimCodes(1_000));
    const codes = drawVictimCodes(20_000, excluded);
    expect(new Set(codes).size).toBe(20_000);
    for (const code of codes) {
      expect(code).toMatch(/^V-[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(excluded.has(code)).toBe(false);
    }
  });
});
