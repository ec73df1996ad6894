import { describe, expect, it } from "vitest";
import { diffFigures, flattenFigures } from "./figures";
import { hashReportDocument } from "./snapshot-hash";
import type { TReportDocument } from "./types";

type Sections = Parameters<typeof flattenFigures>[0];

const change = (total: number, previous: number) => ({
  total,
  previous,
  changePercent: null,
  change: "new",
});

function doc(o: { victims?: number; under15?: number; unspecified?: number; kh12?: number }) {
  return {
    cases: { ...change(2, 0), byOffence: [{ offence: "OTHER", count: 2 }], byProvince: [] },
    arrests: { ...change(0, 0), bySex: [] },
    prosecutions: { ...change(0, 0), bySex: [], byNationality: [] },
    convictions: { ...change(0, 0), bySex: [], byNationality: [], bySentence: [], suspended: 0 },
    victims: {
      ...change(o.victims ?? 3, 9),
      byAgeBand: [
        { band: "under15", count: o.under15 ?? 1 },
        { band: "18plus", count: 2 },
      ],
      bySex: [],
      byExploitation: [],
      byProvince: [
        ...(o.kh12 ? [{ province: "KH-12", count: o.kh12 }] : []),
        { province: null, count: o.unspecified ?? 0 },
      ],
      topProvince: o.kh12 ? { province: "KH-12", count: o.kh12 } : null,
      byNationality: [],
      byAgeBandAndSex: [],
    },
    foreignSuspects: { total: 1, nationalities: 1, byNationality: [{ country: "VN", count: 1 }] },
    rescuedAbroad: { ...change(0, 5), byCountry: [{ country: null, count: 0 }], bySex: [] },
  } satisfies Sections;
}

describe("report figures", () => {
  it("are the year's counts by path; the year before, changes and the top province are not", () => {
    const paths = [...flattenFigures(doc({ kh12: 4 })).keys()];
    expect(paths).toEqual([
      "cases.total",
      "cases.byOffence.OTHER",
      "arrests.total",
      "prosecutions.total",
      "convictions.total",
      "convictions.suspended",
      "victims.total",
      "victims.byAgeBand.under15",
      "victims.byAgeBand.18plus",
      "victims.byProvince.KH-12",
      "victims.byProvince.unspecified",
      "foreignSuspects.total",
      "foreignSuspects.nationalities",
      "foreignSuspects.byNationality.VN",
      "rescuedAbroad.total",
      "rescuedAbroad.byCountry.unspecified",
    ]);
    expect(flattenFigures(doc({})).get("victims.byAgeBand.under15")).toEqual({
      value: 1,
      label: { section: "victims", figure: "byAgeBand", dimension: "band", key: "under15" },
    });
    expect(flattenFigures(doc({})).get("victims.byProvince.unspecified")?.label.key).toBeNull();
  });

  it("differ only where a count changed; a row on one side only counts as 0 on the other", () => {
    const published = doc({ victims: 3, under15: 1 });
    const current = doc({ victims: 4, under15: 2, kh12: 1 });
    expect(diffFigures(published, current).map((c) => [c.path, c.published, c.current])).toEqual([
      ["victims.total", 3, 4],
      ["victims.byAgeBand.under15", 1, 2],
      ["victims.byProvince.KH-12", 0, 1],
    ]);
    expect(diffFigures(published, published)).toEqual([]);
  });
});

describe("report hashes", () => {
  it("do not depend on key order, and change with any figure", () => {
    const a = doc({}) as unknown as TReportDocument;
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    expect(hashReportDocument(reordered)).toBe(hashReportDocument(a));
    expect(hashReportDocument(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashReportDocument(doc({ under15: 2 }))).not.toBe(hashReportDocument(a));
  });

  it("are no changes where the published document predates their section or breakdown", () => {
    const current = doc({});
    const { prosecutions: _p, ...older } = current;
    const olderVictims = { ...older.victims } as Partial<typeof current.victims>;
    delete olderVictims.byNationality;
    const published = { ...older, victims: olderVictims } as unknown as Sections;
    const changed = {
      ...current,
      prosecutions: { ...current.prosecutions, total: 4 },
      victims: { ...current.victims, byNationality: [{ country: "KH", count: 3 }] },
    };
    expect(diffFigures(published, changed)).toEqual([]);
    // The sections it does state still compare.
    expect(
      diffFigures(published, { ...changed, victims: { ...changed.victims, total: 5 } }),
    ).toEqual([expect.objectContaining({ path: "victims.total", published: 3, current: 5 })]);
  });

  it("count a services section only against a snapshot that has one (decision 0035)", () => {
    const services = (referred: number, reintegrated: number) => ({
      referred,
      provided: 1,
      byType: [{ service: "SHELTER", referred, provided: 1 }],
      visitedVictims: reintegrated,
      reintegration: [{ status: "REINTEGRATED", count: reintegrated }],
    });
    const older = doc({}) as Sections;
    const now = { ...doc({}), services: services(4, 2) } as Sections;
    // A snapshot from before referrals: no phantom changes.
    expect(diffFigures(older, now)).toEqual([]);
    // One with the section: its totals and reintegration rows compare.
    const published = { ...doc({}), services: services(3, 2) } as Sections;
    expect(diffFigures(published, now).map((c) => c.path)).toEqual(["services.referred"]);
    const moved = { ...doc({}), services: services(3, 5) } as Sections;
    expect(diffFigures(published, moved).map((c) => c.path)).toEqual([
      "services.visitedVictims",
      "services.reintegration.REINTEGRATED",
    ]);
  });
});
