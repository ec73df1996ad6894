// What the demo records add up to. 2017 reproduces NCCT's annual meeting as the press reported it
// (see the domain notes: a report from these records must show every figure), and 2016 gives the
// year before for the change on the year. Whatever the source does not say (provinces other than
// Phnom Penh, 2016's ages, sexes, offences) is synthetic; countries and nationalities it does not
// name stay unspecified rather than invented.

/** Live cases cracked down, and live victims rescued in Cambodia, per province in one year. */
export type ProvincePlan = { provinceId: number; cases: number; victims: number };

export type YearPlan = {
  year: number;
  cases: number;
  arrests: number;
  victimsInCambodia: number;
  provinces: readonly ProvincePlan[];
  /** Suspects recorded but not (yet) arrested: no arrest date, so they count in no year. */
  notArrested: number;
};

// Phnom Penh (12) has the most victims rescued in Cambodia, 57, and every other province fewer.
// Each province with victims has cases of its own, so every victim can belong to a local case.
const PROVINCES_2017: readonly ProvincePlan[] = [
  { provinceId: 12, cases: 14, victims: 57 },
  { provinceId: 17, cases: 4, victims: 38 },
  { provinceId: 1, cases: 14, victims: 36 },
  { provinceId: 2, cases: 13, victims: 34 },
  { provinceId: 18, cases: 14, victims: 33 },
  { provinceId: 8, cases: 12, victims: 30 },
  { provinceId: 9, cases: 9, victims: 22 },
  { provinceId: 3, cases: 9, victims: 18 },
  { provinceId: 22, cases: 7, victims: 16 },
  { provinceId: 20, cases: 7, victims: 14 },
  { provinceId: 21, cases: 8, victims: 12 },
  { provinceId: 5, cases: 7, victims: 10 },
  { provinceId: 7, cases: 6, victims: 9 },
  { provinceId: 14, cases: 6, victims: 8 },
  { provinceId: 15, cases: 5, victims: 8 },
  // Provinces with cases in 2017 but no victims rescued.
  { provinceId: 4, cases: 5, victims: 0 },
  { provinceId: 6, cases: 4, victims: 0 },
  { provinceId: 10, cases: 3, victims: 0 },
  { provinceId: 11, cases: 2, victims: 0 },
  { provinceId: 13, cases: 2, victims: 0 },
  { provinceId: 16, cases: 2, victims: 0 },
  { provinceId: 19, cases: 2, victims: 0 },
  { provinceId: 23, cases: 1, victims: 0 },
  { provinceId: 24, cases: 1, victims: 0 },
  { provinceId: 25, cases: 2, victims: 0 },
];

const PROVINCES_2016: readonly ProvincePlan[] = [
  { provinceId: 12, cases: 9, victims: 48 },
  { provinceId: 17, cases: 2, victims: 20 },
  { provinceId: 1, cases: 11, victims: 40 },
  { provinceId: 2, cases: 10, victims: 38 },
  { provinceId: 18, cases: 9, victims: 30 },
  { provinceId: 8, cases: 8, victims: 28 },
  { provinceId: 9, cases: 6, victims: 20 },
  { provinceId: 3, cases: 5, victims: 16 },
  { provinceId: 22, cases: 5, victims: 14 },
  { provinceId: 20, cases: 4, victims: 12 },
  { provinceId: 21, cases: 5, victims: 10 },
  { provinceId: 5, cases: 4, victims: 8 },
  { provinceId: 7, cases: 3, victims: 6 },
  { provinceId: 14, cases: 3, victims: 4 },
  { provinceId: 15, cases: 2, victims: 4 },
  { provinceId: 4, cases: 2, victims: 0 },
  { provinceId: 6, cases: 2, victims: 0 },
  { provinceId: 16, cases: 1, victims: 0 },
  { provinceId: 24, cases: 1, victims: 0 },
];

export const YEAR_PLANS: readonly YearPlan[] = [
  {
    year: 2016,
    cases: 92,
    arrests: 113,
    victimsInCambodia: 298,
    provinces: PROVINCES_2016,
    notArrested: 6,
  },
  {
    year: 2017,
    cases: 159,
    arrests: 203,
    victimsInCambodia: 345,
    provinces: PROVINCES_2017,
    notArrested: 12,
  },
];

/** 2017's victims rescued in Cambodia by NCCT age band at the rescue date; none unknown. */
export const AGE_BANDS_2017 = { under15: 138, "15to17": 40, "18plus": 167 } as const;

const times = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

/** 2017's 20 foreign suspects: 11 itemised by nationality, 9 whose nationality the source omits.
 * The source names no foreign suspect for 2016, so 2016's are all Cambodian. */
export const FOREIGN_SUSPECTS_2017: readonly (string | null)[] = [
  ...times("VN", 3),
  ...times("GB", 2),
  ...times("NL", 2),
  ...["JP", "US", "RU", "CZ"],
  ...times(null, 9),
];

/** 2017's 757 Cambodians rescued abroad by the Ministry of Foreign Affairs; 5 not itemised. The
 * source gives no 2016 figure, so 2016 has none. */
export const RESCUED_ABROAD_2017: readonly { country: string | null; count: number }[] = [
  { country: "MY", count: 351 },
  { country: "TH", count: 260 },
  { country: "CN", count: 50 },
  { country: "LA", count: 33 },
  { country: "ID", count: 18 },
  { country: "VN", count: 17 },
  { country: "SO", count: 13 },
  { country: "JP", count: 5 },
  { country: "SG", count: 4 },
  { country: "SA", count: 1 },
  { country: null, count: 5 },
];
