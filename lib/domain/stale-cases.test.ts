import { describe, expect, it } from "vitest";
import { DEFAULT_STALE_DAYS, staleCutoff, staleDays } from "./stale-cases";

describe("stale cases", () => {
  it("reads CASE_STALE_DAYS, falling back to the default on anything unusable", () => {
    expect(staleDays({})).toBe(DEFAULT_STALE_DAYS);
    expect(staleDays({ CASE_STALE_DAYS: "30" })).toBe(30);
    for (const bad of ["0", "-5", "abc", "1e3", "99999", " ", "3651"])
      expect(staleDays({ CASE_STALE_DAYS: bad }), bad).toBe(DEFAULT_STALE_DAYS);
  });

  it("puts the cutoff that many whole days before now", () => {
    const now = new Date("2026-11-30T00:00:00Z");
    expect(staleCutoff(now, 90).toISOString()).toBe("2026-09-01T00:00:00.000Z");
  });
});
