import type { TReportCounts } from "./queries";
import type { TCheck, TReportDocument } from "./types";

// The report's own checks. Consistency: every breakdown adds up to its total (each total is
// counted separately from its breakdown, so a gap in a GROUP BY shows here). Quality: records the
// report cannot place, listed so a gap is shown rather than hidden.

const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

function consistency(id: string, rows: { count: number }[], expected: number): TCheck {
  const count = sum(rows);
  return { id, kind: "consistency", ok: count === expected, count, expected };
}

function quality(id: string, count: number): TCheck {
  return { id, kind: "quality", ok: count === 0, count };
}

export function buildChecks(r: Omit<TReportDocument, "checks">, counts: TReportCounts): TCheck[] {
  // Totals as counted, not as compared: the published previous year never enters a sum check.
  return [
    consistency("cases.byOffence", r.cases.byOffence, r.cases.total),
    consistency("cases.byProvince", r.cases.byProvince, r.cases.total),
    consistency("arrests.bySex", r.arrests.bySex, r.arrests.total),
    consistency("prosecutions.bySex", r.prosecutions.bySex, r.prosecutions.total),
    consistency("prosecutions.byNationality", r.prosecutions.byNationality, r.prosecutions.total),
    consistency("convictions.bySex", r.convictions.bySex, r.convictions.total),
    consistency("convictions.byNationality", r.convictions.byNationality, r.convictions.total),
    consistency("convictions.bySentence", r.convictions.bySentence, r.convictions.total),
    consistency("victims.byAgeBand", r.victims.byAgeBand, r.victims.total),
    consistency("victims.bySex", r.victims.bySex, r.victims.total),
    consistency("victims.byExploitation", r.victims.byExploitation, r.victims.total),
    consistency("victims.byProvince", r.victims.byProvince, r.victims.total),
    consistency("victims.byNationality", r.victims.byNationality, r.victims.total),
    consistency("victims.byAgeBandAndSex", r.victims.byAgeBandAndSex, r.victims.total),
    consistency(
      "foreignSuspects.byNationality",
      r.foreignSuspects.byNationality,
      r.foreignSuspects.total,
    ),
    consistency("rescuedAbroad.byCountry", r.rescuedAbroad.byCountry, r.rescuedAbroad.total),
    consistency("rescuedAbroad.bySex", r.rescuedAbroad.bySex, r.rescuedAbroad.total),
    quality(
      "quality.victimsWithoutAge",
      r.victims.byAgeBand.find((b) => b.band === "unknown")?.count ?? 0,
    ),
    quality("quality.arrestsWithoutCase", counts.arrests.withoutCase),
    quality("quality.casesWithoutDate", counts.withoutEventDate.cases),
    quality("quality.victimsWithoutDate", counts.withoutEventDate.victims),
    quality("quality.convictedWithoutVerdictDate", counts.convictions.withoutVerdictDate),
    quality("quality.verdictBeforeArrest", counts.convictions.verdictBeforeArrest),
  ];
}
