import { describe, expect, it } from "vitest";
import {
  attackBreakdown,
  enumerateFeasible,
  reachableFeasible,
} from "@/lib/testing/report-adversary";
import { countNear, KS, random } from "@/lib/testing/report-random";
import { suppressCells } from "./suppress-cells";

describe("suppressCells against a brute-force attacker", () => {
  it("leaves every suppressed cell of 4000 random breakdowns with two or more feasible values", () => {
    const rand = random(20170101);
    let suppressedCases = 0;
    let withheldCases = 0;
    for (let n = 0; n < 4000; n++) {
      const k = KS[Math.floor(rand() * KS.length)]!;
      const counts = Array.from({ length: 2 + Math.floor(rand() * 5) }, () => countNear(rand, k));
      const total = counts.reduce((a, b) => a + b, 0);
      const roles = suppressCells(counts, k);
      const label = `case ${n}: k=${k} counts=${counts.join(",")}`;
      if (roles === "withheld") {
        withheldCases++;
        // Withheld only when suppressing every non-zero cell still leaves one determined.
        const all = counts.map((c) =>
          c === 0 ? "published" : c < k ? "primary" : "complementary",
        );
        const shown = counts.map((c, i) => (all[i] === "published" ? c : null));
        const pairs = counts.map((truth, i) => ({ truth, shown: shown[i]! }));
        expect(attackBreakdown("b", total, pairs, k), label).not.toEqual([]);
        continue;
      }
      const pairs = counts.map((truth, i) => ({
        truth,
        shown: roles[i] === "published" ? truth : null,
      }));
      expect(attackBreakdown("b", total, pairs, k), label).toEqual([]);
      const hidden = roles.filter((r) => r !== "published").length;
      if (hidden > 0) {
        suppressedCases++;
        expect(hidden, label).toBeGreaterThanOrEqual(2);
      }
      counts.forEach((c, i) => {
        if (c > 0 && c < k) expect(roles[i], label).toBe("primary");
        if (c === 0) expect(roles[i], label).toBe("published");
      });
    }
    // The generator must exercise the interesting paths, or the test proves nothing.
    expect(suppressedCases).toBeGreaterThan(1000);
    expect(withheldCases).toBeGreaterThan(10);
  }, 30_000);

  it("finds the disclosures a naive rule leaves (so the attacker is not toothless)", () => {
    // Primary suppression alone: a single small cell is total minus the rest.
    expect(
      attackBreakdown(
        "b",
        60,
        [50, 10].map((t, i) => ({ truth: t, shown: i ? null : t })),
        11,
      ),
    ).not.toEqual([]);
    // 1 and 11 suppressed together: 12 = x + y with x ≤ 10 and y ≥ 11 forces x = 1.
    expect(
      attackBreakdown(
        "b",
        42,
        [
          { truth: 30, shown: 30 },
          { truth: 1, shown: null },
          { truth: 11, shown: null },
        ],
        11,
      ),
    ).toEqual([
      "b: a suppressed cell is determined (1)",
      "b: a suppressed cell is determined (11)",
    ]);
    // Two primaries at 10 and 10 of 20: both pinned at 10.
    expect(
      attackBreakdown(
        "b",
        20,
        [10, 10].map((t) => ({ truth: t, shown: null })),
        11,
      ),
    ).toHaveLength(2);
  });

  it("picks a complementary cell that protects, not merely the smallest", () => {
    // 1 + 11 would pin the 1; 1 + 12 leaves it in 1..2.
    expect(suppressCells([1, 11, 12, 40], 11)).toEqual([
      "primary",
      "published",
      "complementary",
      "published",
    ]);
    expect(suppressCells([3, 0, 50], 11)).toEqual(["primary", "published", "complementary"]);
    expect(suppressCells([0, 0, 12], 11)).toEqual(["published", "published", "published"]);
    expect(suppressCells([1, 11], 11)).toBe("withheld");
  });

  it("takes a published maximum into account", () => {
    // 5 + 20 + 20 suppressed under a cap of 20 would pin everything; without the cap it is safe.
    expect(suppressCells([5, 20, 40], 11)).not.toBe("withheld");
    const roles = suppressCells([5, 20, 20, 40], 11, [40, 40, 40, 40]);
    expect(roles).not.toBe("withheld");
    const pairs = [5, 20, 20, 40].map((truth, i) => ({
      truth,
      shown: roles !== "withheld" && roles[i] === "published" ? truth : null,
      cap: 40,
    }));
    expect(attackBreakdown("b", 85, pairs, 11)).toEqual([]);
  });

  it("agrees between enumeration and reachable sums", () => {
    const rand = random(7);
    for (let n = 0; n < 300; n++) {
      const cells = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
        const lo = Math.floor(rand() * 12);
        return { lo, hi: lo + Math.floor(rand() * 15) };
      });
      const remainder = Math.floor(rand() * 50);
      expect(enumerateFeasible(cells, remainder)).toEqual(reachableFeasible(cells, remainder));
    }
  });
});
