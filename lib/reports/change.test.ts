import { describe, expect, it } from "vitest";
import { changeHundredths, changeOf } from "./change";

describe("year-over-year change", () => {
  it("gives the seed's +72.83% for 159 against 92 (67/92 = 72.826…%)", () => {
    expect(changeOf(159, 92)).toEqual({
      total: 159,
      previous: 92,
      changePercent: 72.83,
      change: "+72.83%",
    });
  });

  it("rounds an exact half up, away from zero, both ways", () => {
    // 1/8 = 12.5% → 12.50; 1/16 = 6.25%; 1/160 = 0.625% → 0.63; −1/160 → −0.63
    expect(changeHundredths(9, 8)).toBe(1250);
    expect(changeHundredths(161, 160)).toBe(63);
    expect(changeHundredths(159, 160)).toBe(-63);
    expect(changeOf(159, 160).change).toBe("\u22120.63%");
  });

  it("rounds below a half down", () => {
    // 1/3 = 33.333…% → 33.33; 2/3 = 66.666…% → 66.67
    expect(changeHundredths(4, 3)).toBe(3333);
    expect(changeHundredths(5, 3)).toBe(6667);
  });

  it("shows a change from zero as new, and zero to zero as none, never Infinity or NaN", () => {
    expect(changeOf(5, 0)).toEqual({ total: 5, previous: 0, changePercent: null, change: "new" });
    expect(changeOf(0, 0)).toEqual({ total: 0, previous: 0, changePercent: null, change: "none" });
  });

  it("shows no change as 0.00% and a fall to zero as −100.00%", () => {
    expect(changeOf(7, 7).change).toBe("0.00%");
    expect(changeOf(0, 4)).toMatchObject({ changePercent: -100, change: "\u2212100.00%" });
  });

  it("stays exact for large counts", () => {
    expect(changeHundredths(1_000_001, 3)).toBe(3333326667);
  });
});
