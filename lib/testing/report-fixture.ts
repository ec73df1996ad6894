import { yearPeriod, type TPeriod } from "@/lib/domain/period";
import { assembleReport } from "@/lib/reports/assemble";
import { withServices } from "@/lib/reports/services-section";
import type { TGroupCount, TReportCounts } from "@/lib/reports/queries";
import type { TReportDocument } from "@/lib/reports/types";

const groups = (counts: Record<string, number>, unspecified?: number): TGroupCount[] => [
  ...Object.entries(counts).map(([key, count]) => ({ key, count })),
  ...(unspecified === undefined ? [] : [{ key: null, count: unspecified }]),
];

/**
 * A report with the seed article's 2017 figures (159 cases against 92, 203 arrests, 345 victims,
 * 138/40/167 by age, 20 foreign suspects, Phnom Penh 57, 757 rescued abroad by country), and
 * plausible breakdowns where the article gives none. Assembled by the real assembly.
 */
export function seedLikeReport(
  bands: "ncct" | "ctdc" = "ncct",
  period: TPeriod = yearPeriod(2017),
): TReportDocument {
  const counts: TReportCounts = {
    cases: {
      total: 159,
      previous: 92,
      byOffence: groups({
        HUMAN_TRAFFICKING: 71,
        SEXUAL_EXPLOITATION: 64,
        LABOUR_EXPLOITATION: 15,
        FORCED_MARRIAGE: 6,
        OTHER: 3,
      }),
      byProvince: groups({
        12: 48,
        17: 22,
        18: 19,
        2: 14,
        1: 12,
        8: 11,
        3: 9,
        7: 8,
        9: 6,
        20: 5,
        21: 3,
        23: 2,
      }),
    },
    arrests: {
      total: 203,
      previous: 113,
      bySex: groups({ MALE: 171, FEMALE: 30, UNKNOWN: 2 }),
      withoutCase: 0,
    },
    foreign: {
      total: 20,
      byNationality: groups({ VN: 3, GB: 2, NL: 2, JP: 1, US: 1, RU: 1, CZ: 1 }, 9),
    },
    victims: {
      total: 345,
      previous: 298,
      byAgeBand:
        bands === "ncct"
          ? groups({ under15: 138, "15to17": 40, "18plus": 167, unknown: 0 })
          : groups({ "0to8": 60, "9to17": 118, "18to20": 90, "21to23": 77 }),
      bySex: groups({ FEMALE: 301, MALE: 44 }),
      byExploitation: groups({
        SEXUAL: 190,
        LABOUR: 120,
        FORCED_MARRIAGE: 20,
        BEGGING: 7,
        DOMESTIC_SERVITUDE: 5,
        OTHER: 3,
      }),
      byProvince: groups({
        12: 57,
        17: 49,
        18: 45,
        2: 41,
        1: 38,
        8: 30,
        3: 25,
        7: 20,
        9: 15,
        20: 10,
        21: 8,
        23: 4,
        24: 3,
      }),
      byNationality: groups({ KH: 330, VN: 15 }),
      byAgeBandAndSex: groups(
        bands === "ncct"
          ? {
              "under15|FEMALE": 120,
              "under15|MALE": 18,
              "15to17|FEMALE": 34,
              "15to17|MALE": 6,
              "18plus|FEMALE": 147,
              "18plus|MALE": 20,
            }
          : {
              "0to8|FEMALE": 50,
              "0to8|MALE": 10,
              "9to17|FEMALE": 100,
              "9to17|MALE": 18,
              "18to20|FEMALE": 80,
              "18to20|MALE": 10,
              "21to23|FEMALE": 71,
              "21to23|MALE": 6,
            },
      ),
    },
    abroad: {
      total: 757,
      previous: 602,
      byCountry: groups(
        { MY: 351, TH: 260, CN: 50, LA: 33, ID: 18, VN: 17, SO: 13, JP: 5, SG: 4, SA: 1 },
        5,
      ),
      bySex: groups({ FEMALE: 520, MALE: 237 }),
    },
    withoutEventDate: { cases: 0, victims: 0 },
    prosecutions: {
      total: 180,
      previous: 101,
      bySex: groups({ MALE: 150, FEMALE: 28, UNKNOWN: 2 }),
      byNationality: groups({
        "cambodian|KH": 160,
        "foreign|VN": 9,
        "foreign|": 6,
        "unspecified|": 5,
      }),
    },
    convictions: {
      total: 96,
      previous: 70,
      bySex: groups({ MALE: 80, FEMALE: 16 }),
      byNationality: groups({ "cambodian|KH": 88, "foreign|VN": 5, "foreign|": 3 }),
      byMonths: groups({ 0: 4, 6: 3, 24: 20, 84: 41, 180: 25 }, 3),
      suspended: 7,
      withoutVerdictDate: 0,
      verdictBeforeArrest: 0,
    },
  };
  const report = assembleReport({
    period,
    counts,
    ageBandSet: bands,
    scope: { national: true, provinces: [] },
    generatedAt: new Date("2018-01-20T02:00:00Z"),
  });
  // Plausible referrals (the article gives none): the services section, as buildReport adds it.
  return withServices(report, {
    referred: 212,
    provided: 158,
    referredByService: [
      { service: "SHELTER", count: 96 },
      { service: "PSYCHOSOCIAL", count: 54 },
      { service: "MEDICAL", count: 40 },
      { service: "REINTEGRATION", count: 22 },
    ],
    providedByService: [
      { service: "SHELTER", count: 80 },
      { service: "PSYCHOSOCIAL", count: 41 },
      { service: "MEDICAL", count: 37 },
    ],
    reintegration: [
      { status: "IN_PROGRESS", count: 61 },
      { status: "REINTEGRATED", count: 48 },
      { status: "AT_RISK", count: 9 },
      { status: "LOST_CONTACT", count: 4 },
    ],
    visitedVictims: 122,
    providedBeforeReferred: 0,
  });
}
