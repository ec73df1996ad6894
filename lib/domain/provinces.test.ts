import { describe, expect, it } from "vitest";
import { PROVINCES, PHNOM_PENH_ID } from "./provinces";

describe("PROVINCES", () => {
  it("holds Cambodia's 25 provinces with unique ids, codes and names", () => {
    expect(PROVINCES).toHaveLength(25);
    for (const key of ["id", "code", "nameEn", "nameKm"] as const) {
      expect(new Set(PROVINCES.map((p) => p[key])).size).toBe(25);
    }
    expect(PROVINCES.map((p) => p.id).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it("numbers Phnom Penh as ISO 3166-2 KH-12, with the code used in references", () => {
    expect(PROVINCES.find((p) => p.id === PHNOM_PENH_ID)).toMatchObject({
      code: "PNP",
      nameEn: "Phnom Penh",
    });
  });

  it("gives every Khmer name in Khmer script", () => {
    for (const p of PROVINCES) expect(p.nameKm).toMatch(/^[\u1780-\u17FF\u200B\s]+$/);
  });
});
