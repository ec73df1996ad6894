import { describe, expect, it } from "vitest";
import {
  attackBreakdown,
  attackPublicReport,
  enumerateFeasible,
  reachableFeasible,
} from "@/lib/testing/report-adversary";
import { assembleReport } from "./assemble";
import type { TGroupCount, TReportCounts } from "./queries";
import { suppressReport } from "./suppress";
import { suppressCells } from "./suppress-cells";
import type { TReportDocument } from "./types";

// A seeded generator, so a failure names a case that can be run again.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts that are mostly near k: zeros, small ones, and ones just above k. */
function countNear(rand: () => number, k: number) {
  const r = rand();
  if (r < 0.2) return 0;
  if (r < 0.6) return 1 + Math.floor(rand() * (k - 1));
  if (r < 0.9) return k + Math.floor(rand() * 8);
  return k + Math.floor(rand() * 60);
}

const KS = [3, 4, 5, 11];

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

// Whole documents, assembled from random counts by the real assembly.
const group = (entries: [string | null, number][]): TGroupCount[] =>
  entries.map(([key, count]) => ({ key, count }));

function randomDocument(rand: () => number, k: number, bands: "ncct" | "ctdc"): TReportDocument {
  const pick = <T>(values: readonly T[]) =>
    values.filter(() => rand() < 0.6).map((v) => [v, countNear(rand, k)] as [T, number]);
  const sum = (rows: TGroupCount[]) => rows.reduce((n, r) => n + r.count, 0);
  const byOffence = group(pick(["HUMAN_TRAFFICKING", "SEXUAL_EXPLOITATION", "OTHER"]));
  const bySexV = group(pick(["FEMALE", "MALE", "UNKNOWN"]));
  const victims = sum(bySexV);
  // Every breakdown of one total must add up to it: put the rest in the last row.
  const split = (keys: readonly (string | null)[], total: number) => {
    const rows = keys.map((key) => ({ key, count: 0 }));
    let left = total;
    for (const row of rows.slice(0, -1)) {
      row.count = Math.min(left, countNear(rand, k));
      left -= row.count;
    }
    rows.at(-1)!.count = left;
    return rows;
  };
  const bandKeys =
    bands === "ncct" ? ["under15", "15to17", "18plus", "unknown"] : ["0to8", "9to17", "unknown"];
  const cases = sum(byOffence);
  const foreign = group([...pick(["VN", "GB", "NL", "JP"]), [null, countNear(rand, k)]]);
  const abroad = group([...pick(["MY", "TH", "CN", "LA"]), [null, countNear(rand, k)]]);
  const arrests = group(pick(["FEMALE", "MALE"]));
  const counts: TReportCounts = {
    cases: {
      total: cases,
      previous: countNear(rand, k),
      byOffence,
      byProvince: split(["12", "17", "2"], cases),
    },
    arrests: { total: sum(arrests), previous: countNear(rand, k), bySex: arrests, withoutCase: 0 },
    foreign: { total: sum(foreign), byNationality: foreign },
    victims: {
      total: victims,
      previous: countNear(rand, k),
      byAgeBand: split(bandKeys, victims),
      bySex: bySexV,
      byExploitation: split(["SEXUAL", "LABOUR", "UNKNOWN"], victims),
      byProvince: split(["12", "17", "1", null], victims),
    },
    abroad: { total: sum(abroad), previous: countNear(rand, k), byCountry: abroad },
    withoutEventDate: { cases: 0, victims: 0 },
  };
  return assembleReport({
    year: 2017,
    counts,
    ageBandSet: bands,
    scope: { national: true, provinces: [] },
    generatedAt: new Date("2018-01-15T03:00:00Z"),
  });
}

describe("suppressReport", () => {
  it("leaves nothing recoverable in 1500 random documents", () => {
    const rand = random(42);
    const withheld = new Set<string>();
    for (let n = 0; n < 1500; n++) {
      const k = KS[Math.floor(rand() * KS.length)]!;
      const full = randomDocument(rand, k, rand() < 0.5 ? "ncct" : "ctdc");
      const pub = suppressReport(full, k);
      expect(attackPublicReport(full, pub), `document ${n}, k=${k}`).toEqual([]);
      pub.public.withheld.forEach((id) => withheld.add(id));
    }
    expect(withheld.size).toBeGreaterThan(3);
  }, 30_000);

  it("publishes the seed's large figures and suppresses its small ones", () => {
    const full = randomDocument(random(1), 11, "ncct");
    const doc: TReportDocument = {
      ...full,
      rescuedAbroad: {
        total: 757,
        previous: 0,
        changePercent: null,
        change: "new",
        byCountry: [
          ...Object.entries({ MY: 351, TH: 260, CN: 50, LA: 33, ID: 18, VN: 17, SO: 13 }),
          ...Object.entries({ JP: 5, SG: 4, SA: 1 }),
        ]
          .map(([country, count]) => ({ country, count }))
          .concat([{ country: null as unknown as string, count: 5 }]),
      },
    };
    const pub = suppressReport(doc, 11);
    const shown = Object.fromEntries(pub.rescuedAbroad.byCountry.map((r) => [r.country, r.count]));
    expect(shown).toMatchObject({ MY: 351, TH: 260, CN: 50, LA: 33, JP: null, SG: null, SA: null });
    expect(pub.rescuedAbroad.byCountry.at(-1)).toEqual({
      country: null,
      count: null,
      suppressed: true,
    });
    // Published rows first by count, then the suppressed ones by code: the order tells nothing.
    const hidden = pub.rescuedAbroad.byCountry.filter((r) => r.suppressed && r.country);
    expect(hidden.map((r) => r.country)).toEqual([...hidden.map((r) => r.country)].sort());
    expect(attackPublicReport(doc, pub)).toEqual([]);
  });

  it("suppresses a small total with its change and withholds its breakdowns", () => {
    const full = randomDocument(random(3), 11, "ncct");
    const doc: TReportDocument = {
      ...full,
      arrests: {
        total: 4,
        previous: 113,
        changePercent: -96.46,
        change: "\u221296.46%",
        bySex: [
          { sex: "FEMALE", count: 0 },
          { sex: "MALE", count: 4 },
          { sex: "OTHER", count: 0 },
          { sex: "UNKNOWN", count: 0 },
        ],
      },
    };
    const pub = suppressReport(doc, 11);
    expect(pub.arrests).toEqual({
      total: null,
      previous: 113,
      changePercent: null,
      change: "suppressed",
      bySex: [],
    });
    expect(pub.public.withheld).toContain("arrests.bySex");
  });

  it("scrubs the counts of checks and the previous snapshot's hash, and states k and the rule", () => {
    const full = randomDocument(random(5), 11, "ncct");
    const doc: TReportDocument = {
      ...full,
      comparison: {
        source: "published",
        publishedAt: "2017-02-01",
        sha256: "ab".repeat(32),
        revision: 2,
      },
    };
    const pub = suppressReport(doc, 5);
    expect(pub.comparison).toEqual({ source: "published", publishedAt: "2017-02-01", revision: 2 });
    expect(JSON.stringify(pub)).not.toContain("ab".repeat(32));
    for (const check of pub.checks) expect(Object.keys(check).sort()).toEqual(["id", "kind", "ok"]);
    expect(pub.public).toMatchObject({ k: 5, rule: "ctip-small-cells/1" });
  });

  it("publishes the top province only with its own row", () => {
    const full = randomDocument(random(9), 11, "ncct");
    const withTop = (count: number): TReportDocument => ({
      ...full,
      victims: {
        ...full.victims,
        total: count + 30,
        byProvince: [
          { province: "KH-12", count },
          { province: "KH-17", count: 30 },
          { province: null, count: 0 },
        ],
        topProvince: { province: "KH-12", count },
      },
    });
    expect(suppressReport(withTop(57), 11).victims.topProvince).toEqual({
      province: "KH-12",
      count: 57,
    });
    // Three provinces tied under k: nothing is published of them, nor which comes first.
    const small: TReportDocument = {
      ...full,
      victims: {
        ...full.victims,
        total: 27,
        byProvince: [
          { province: "KH-12", count: 9 },
          { province: "KH-17", count: 9 },
          { province: "KH-2", count: 9 },
          { province: null, count: 0 },
        ],
        topProvince: { province: "KH-12", count: 9 },
      },
    };
    expect(suppressReport(small, 11).victims.topProvince).toBeNull();
  });

  it("refuses a k outside 3..50", () => {
    const full = randomDocument(random(11), 11, "ncct");
    expect(() => suppressReport(full, 2)).toThrow(RangeError);
    expect(() => suppressReport(full, 51)).toThrow(RangeError);
    expect(() => suppressReport(full, 7.5)).toThrow(RangeError);
    expect(suppressReport(full).public.k).toBe(11);
  });
});
