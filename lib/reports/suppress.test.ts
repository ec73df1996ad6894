import { describe, expect, it } from "vitest";
import { attackPublicReport } from "@/lib/testing/report-adversary";
import { countNear, KS, random } from "@/lib/testing/report-random";
import { yearPeriod } from "@/lib/domain/period";
import { assembleReport } from "./assemble";
import type { TGroupCount, TReportCounts } from "./queries";
import { suppressReport } from "./suppress";
import type { TReportDocument } from "./types";

// The per-breakdown rule and its brute-force attacker are tested in suppress-cells.test.ts.

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
  const prosecuted = countNear(rand, k) + countNear(rand, k);
  const convicted = countNear(rand, k);
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
      byNationality: split(["KH", "VN", null], victims),
      byAgeBandAndSex: split(
        bandKeys.flatMap((b) => ["FEMALE", "MALE"].map((s) => `${b}|${s}`)),
        victims,
      ),
    },
    abroad: {
      total: sum(abroad),
      previous: countNear(rand, k),
      byCountry: abroad,
      bySex: split(["FEMALE", "MALE"], sum(abroad)),
    },
    withoutEventDate: { cases: 0, victims: 0 },
    prosecutions: {
      total: prosecuted,
      previous: countNear(rand, k),
      bySex: split(["MALE", "FEMALE"], prosecuted),
      byNationality: split(["cambodian|KH", "foreign|VN", "foreign|", "unspecified|"], prosecuted),
    },
    convictions: {
      total: convicted,
      previous: countNear(rand, k),
      bySex: split(["MALE", "FEMALE"], convicted),
      byNationality: split(["cambodian|KH", "foreign|TH", "foreign|"], convicted),
      byMonths: split(["0", "24", "84", "300", null], convicted),
      suspended: Math.min(convicted, countNear(rand, k)),
      withoutVerdictDate: 0,
      verdictBeforeArrest: 0,
    },
  };
  return assembleReport({
    period: yearPeriod(2017),
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
        bySex: [
          { sex: "FEMALE", count: 500 },
          { sex: "MALE", count: 257 },
        ],
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
