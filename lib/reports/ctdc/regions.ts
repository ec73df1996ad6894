import { CTDC_MISSING } from "./codes";

// UN M49 geographic regions (unstats.un.org/unsd/methodology/m49) for the countries in Cambodia's
// records: every country of Asia, where nearly all of them are, and the countries of the other
// continents that the demo data and NCCT's reports name. No installed package carries M49's
// membership (i18n-iso-countries has codes and names only), so this is a table, and a country it
// lacks generalises to "Other" at both levels: coarser than its true region, never finer
// (docs/decisions/0030). Names are M49's English names, as the file writes them.

type TM49 = { subRegion: string; region: string; members: readonly string[] };

const M49: readonly TM49[] = [
  {
    subRegion: "South-eastern Asia",
    region: "Asia",
    members: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"],
  },
  {
    subRegion: "Eastern Asia",
    region: "Asia",
    members: ["CHN", "HKG", "MAC", "JPN", "PRK", "KOR", "MNG", "TWN"],
  },
  {
    subRegion: "Southern Asia",
    region: "Asia",
    members: ["AFG", "BGD", "BTN", "IND", "IRN", "MDV", "NPL", "PAK", "LKA"],
  },
  { subRegion: "Central Asia", region: "Asia", members: ["KAZ", "KGZ", "TJK", "TKM", "UZB"] },
  {
    subRegion: "Western Asia",
    region: "Asia",
    members: [
      ["ARM", "AZE", "BHR", "CYP", "GEO", "IRQ", "ISR", "JOR", "KWT"],
      ["LBN", "OMN", "QAT", "SAU", "PSE", "SYR", "TUR", "ARE", "YEM"],
    ].flat(),
  },
  { subRegion: "Eastern Africa", region: "Africa", members: ["SOM", "KEN", "ETH"] },
  { subRegion: "Northern Europe", region: "Europe", members: ["GBR", "IRL", "SWE", "NOR"] },
  { subRegion: "Western Europe", region: "Europe", members: ["NLD", "FRA", "DEU", "BEL"] },
  { subRegion: "Eastern Europe", region: "Europe", members: ["RUS", "CZE", "POL", "UKR"] },
  { subRegion: "Northern America", region: "Americas", members: ["USA", "CAN"] },
  { subRegion: "Australia and New Zealand", region: "Oceania", members: ["AUS", "NZL"] },
];

/** What a country the table lacks generalises to, at either level. */
export const OTHER_REGION = "Other";

const BY_COUNTRY = new Map(M49.flatMap((g) => g.members.map((c) => [c, g] as const)));

/** The M49 sub-region of an ISO alpha-3 code; the missing mark stays missing. */
export function subRegionOf(alpha3: string): string {
  if (alpha3 === CTDC_MISSING) return CTDC_MISSING;
  return BY_COUNTRY.get(alpha3)?.subRegion ?? OTHER_REGION;
}

/** The M49 region (continent) of an ISO alpha-3 code; the missing mark stays missing. */
export function regionOf(alpha3: string): string {
  if (alpha3 === CTDC_MISSING) return CTDC_MISSING;
  return BY_COUNTRY.get(alpha3)?.region ?? OTHER_REGION;
}
