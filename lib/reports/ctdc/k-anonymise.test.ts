import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CTDC_COLUMNS, CTDC_MISSING, type TCtdcRow } from "./codes";
import { CTDC_DIMENSIONS } from "./dimensions";
import { kAnonymise, type TDimension } from "./k-anonymise";

type Row = { gender: string; age: string; country: string };
const SUB: Record<string, string> = { THA: "SEA", LAO: "SEA", JPN: "EA" };
const DIMS: TDimension<Row>[] = [
  { name: "age", levels: [(r) => ({ ...r, age: "-99" })] },
  {
    name: "country",
    levels: [(r) => ({ ...r, country: SUB[r.country]! }), (r) => ({ ...r, country: "Asia" })],
  },
];
const rows = (n: number, row: Row): Row[] => Array.from({ length: n }, () => ({ ...row }));
const F = (age: string, country: string): Row => ({ gender: "F", age, country });

/** How many rows hold each combination of values. */
function combinations(list: readonly Record<string, string>[]): number[] {
  const sizes = new Map<string, number>();
  for (const r of list) {
    const key = JSON.stringify(Object.values(r));
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

describe("kAnonymise", () => {
  it("generalises only as far as needed: the first level that suppresses fewest", () => {
    // Levels (age, country), rows suppressed at k = 3: (0,0) 4; (1,0) 2; (0,1) 1; (1,1) 1;
    // (0,2) 1; (1,2) 0. Every row is then "-99, Asia".
    const input = [
      ...rows(3, F("0--8", "THA")),
      ...rows(2, F("9--17", "THA")),
      F("9--17", "LAO"),
      F("48+", "JPN"),
    ];
    const result = kAnonymise(input, DIMS, 3);
    expect(result.levels).toEqual({ age: 1, country: 2 });
    expect(result.counts).toEqual({ in: 7, generalised: 7, suppressed: 0, out: 7 });
    expect(result.rows).toEqual(rows(7, F("-99", "Asia")));
  });

  it("on a tie, generalises the dimension listed first", () => {
    // (1,0) and (0,1) both leave pairs; age is listed first, so it gives way and countries stay.
    const input = [F("0--8", "THA"), F("0--8", "LAO"), F("9--17", "THA"), F("9--17", "LAO")];
    const result = kAnonymise(input, DIMS, 2);
    expect(result.levels).toEqual({ age: 1, country: 0 });
    expect(result.rows).toEqual([
      F("-99", "LAO"),
      F("-99", "LAO"),
      F("-99", "THA"),
      F("-99", "THA"),
    ]);
    expect(result.counts).toEqual({ in: 4, generalised: 4, suppressed: 0, out: 4 });
  });

  it("suppresses what no generalisation saves, and generalises nothing that does not help", () => {
    // Gender has no ladder: the one man stays alone at every level, so level (0,0) is kept.
    const input = [...rows(2, F("0--8", "THA")), { gender: "M", age: "48+", country: "JPN" }];
    const result = kAnonymise(input, DIMS, 2);
    expect(result.levels).toEqual({ age: 0, country: 0 });
    expect(result.rows).toEqual(rows(2, F("0--8", "THA")));
    expect(result.counts).toEqual({ in: 3, generalised: 0, suppressed: 1, out: 2 });
  });

  it("keeps a pair and drops a single at k = 2, the least k there is", () => {
    const input = [...rows(2, { gender: "F", age: "x", country: "THA" }), F("y", "JPN")];
    const noLadder = kAnonymise(input, [], 2);
    expect(noLadder.counts).toEqual({ in: 3, generalised: 0, suppressed: 1, out: 2 });
    expect(noLadder.levels).toEqual({});
  });

  it("answers an empty input with an empty output at level 0", () => {
    expect(kAnonymise([], DIMS, 11)).toEqual({
      rows: [],
      levels: { age: 0, country: 0 },
      counts: { in: 0, generalised: 0, suppressed: 0, out: 0 },
    });
  });

  it.each([1, 0, -3, 2.5, Number.NaN])("refuses k = %s", (k) => {
    expect(() => kAnonymise([F("0--8", "THA")], DIMS, k)).toThrow(/k must be a whole number of 2/);
  });

  it("leaves every combination of a CTDC file held by at least k rows", () => {
    const value = (values: string[]) => fc.constantFrom(...values, CTDC_MISSING);
    const row: fc.Arbitrary<TCtdcRow> = fc.record({
      yearOfRegistration: fc.constant("2017"),
      gender: value(["Female", "Male"]),
      ageBroad: value(["0--8", "9--17", "18--20", "48+"]),
      majorityStatus: value(["Minor", "Adult"]),
      citizenship: value(["KHM", "VNM", "CHN", "SOM", "FRA"]),
      CountryOfExploitation: value(["KHM", "THA", "MYS", "JPN", "SAU", "ZZZ"]),
      isForcedLabour: value(["0", "1"]),
      isSexualExploit: value(["0", "1"]),
      isForcedMarriage: value(["0"]),
      isOtherExploit: value(["0", "1"]),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 300 }),
        fc.integer({ min: 2, max: 15 }),
        (input, k) => {
          const result = kAnonymise(input, CTDC_DIMENSIONS, k);
          expect(Math.min(...combinations(result.rows))).toBeGreaterThanOrEqual(k);
          expect(result.counts.out + result.counts.suppressed).toBe(input.length);
          expect(result.counts.generalised).toBeLessThanOrEqual(result.counts.out);
          for (const r of result.rows) expect(Object.keys(r)).toEqual([...CTDC_COLUMNS]);
        },
      ),
      { seed: 20261130, numRuns: 200 },
    );
  });
});
