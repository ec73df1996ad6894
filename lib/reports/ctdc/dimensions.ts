import { CTDC_MISSING, type TCtdcRow } from "./codes";
import type { TDimension } from "./k-anonymise";
import { regionOf, subRegionOf } from "./regions";

// The generalisation ladders of the CTDC file, listed in the order they give way on a tie
// (k-anonymise.ts): age first, then citizenship, then the country of exploitation. The other
// columns are not generalised: the year is one value, and gender and the flags have no wider code.

const countryLadder = (column: "citizenship" | "CountryOfExploitation"): TDimension<TCtdcRow> => ({
  name: column,
  levels: [
    (r) => ({ ...r, [column]: subRegionOf(r[column]) }),
    (r) => ({ ...r, [column]: regionOf(r[column]) }),
  ],
});

export const CTDC_DIMENSIONS: readonly TDimension<TCtdcRow>[] = [
  // Wider bands: the age band goes, and majorityStatus (Minor / Adult / -99) keeps what it says.
  { name: "ageBroad", levels: [(r) => ({ ...r, ageBroad: CTDC_MISSING })] },
  countryLadder("citizenship"),
  countryLadder("CountryOfExploitation"),
];

/** Each dimension's levels by name, for the report of what was chosen. */
export const CTDC_LEVEL_NAMES: Record<string, readonly string[]> = {
  ageBroad: ["ageBroad", "majorityStatus"],
  citizenship: ["country", "subRegion", "region"],
  CountryOfExploitation: ["country", "subRegion", "region"],
};

export function ctdcLevelNames(levels: Record<string, number>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(levels).map(([name, level]) => [name, CTDC_LEVEL_NAMES[name]?.[level] ?? "?"]),
  );
}
