import { bandsOf, type TAgeBandSet } from "@/lib/domain/age-bands";
import { isoCodeOf } from "@/lib/domain/provinces";
import { ExploitationType, OffenceType, Sex } from "@/lib/generated/prisma/enums";
import { changeOf } from "./change";
import { buildChecks } from "./checks";
import type { TGroupCount, TReportCounts } from "./queries";
import { REPORT_FORMAT, type TComparison, type TReportDocument, type TReportScope } from "./types";

// Turns the counts PostgreSQL returned into the report document. Pure: no database, no clock
// (generatedAt is passed in), so it is unit-tested on its own. Breakdowns over a fixed list
// (bands, sexes, types) keep every value, zeros included, so years line up row for row; open-ended
// ones (provinces, countries) are ranked, most first, with the unspecified row always last.

export const REPORT_DEFINITIONS: Record<string, string> = {
  year: "An event's year is that of its date in Asia/Phnom_Penh (UTC+7): crack-down, arrest or rescue.",
  deleted: "Soft-deleted records never count.",
  cases: "Cases whose crack-down date falls in the year.",
  arrests: "Suspects whose arrest date falls in the year.",
  victims: "Victims rescued in Cambodia (not abroad) whose rescue date falls in the year.",
  ageBand:
    "Age at the rescue date in Phnom Penh, from the exact date of birth, else the recorded age; unknown when neither (or a birth after the rescue).",
  victimsProvince: "The province of rescue.",
  foreignSuspects:
    "Arrests in the year of people recorded as foreign; a foreign person whose nationality is not known is counted as 'nationality unspecified', not as a nationality.",
  rescuedAbroad:
    "Victims rescued abroad (any agency) whose rescue date falls in the year, by the country of rescue; 'country unspecified' when it is not known.",
  scope: "Figures cover only the provinces the reader is scoped to, unless the scope is national.",
};

function fixed(values: readonly string[], rows: TGroupCount[]) {
  const counts = new Map(rows.map((r) => [r.key, r.count]));
  return values.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

function ranked(rows: TGroupCount[], mapKey: (key: string) => string = (k) => k) {
  const known = rows
    .filter((r): r is { key: string; count: number } => r.key !== null && r.count > 0)
    .map((r) => ({ key: mapKey(r.key), count: r.count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const unspecified = rows.filter((r) => r.key === null).reduce((n, r) => n + r.count, 0);
  return [...known, { key: null, count: unspecified }];
}

type AssembleInput = {
  year: number;
  counts: TReportCounts;
  ageBandSet: TAgeBandSet;
  scope: TReportScope;
  generatedAt: Date;
  /** The previous year's totals from its published snapshot, when the comparison uses it. */
  published?: { comparison: Exclude<TComparison, { source: "live" }>; previous: TPreviousTotals };
};

export type TPreviousTotals = { cases: number; arrests: number; victims: number; abroad: number };

export function assembleReport(input: AssembleInput): TReportDocument {
  const { year, counts: c, ageBandSet } = input;
  const previous = input.published?.previous ?? {
    cases: c.cases.previous,
    arrests: c.arrests.previous,
    victims: c.victims.previous,
    abroad: c.abroad.previous,
  };
  const provinces = ranked(c.victims.byProvince, (id) => isoCodeOf(Number(id)));
  const top = provinces[0];
  const nationalities = ranked(c.foreign.byNationality);
  const report: Omit<TReportDocument, "checks"> = {
    format: REPORT_FORMAT,
    year,
    generatedAt: input.generatedAt.toISOString(),
    scope: input.scope,
    rules: { timeZone: "Asia/Phnom_Penh", ageBandSet, definitions: REPORT_DEFINITIONS },
    comparison: input.published?.comparison ?? { source: "live" },
    cases: {
      ...changeOf(c.cases.total, previous.cases),
      byOffence: fixed(Object.values(OffenceType), c.cases.byOffence).map((r) => ({
        offence: r.key,
        count: r.count,
      })),
      byProvince: ranked(c.cases.byProvince, (id) => isoCodeOf(Number(id)))
        .filter((r): r is { key: string; count: number } => r.key !== null)
        .map((r) => ({ province: r.key, count: r.count })),
    },
    arrests: {
      ...changeOf(c.arrests.total, previous.arrests),
      bySex: fixed(Object.values(Sex), c.arrests.bySex).map((r) => ({
        sex: r.key,
        count: r.count,
      })),
    },
    victims: {
      ...changeOf(c.victims.total, previous.victims),
      byAgeBand: fixed(bandsOf(ageBandSet), c.victims.byAgeBand).map((r) => ({
        band: r.key,
        count: r.count,
      })),
      bySex: fixed(Object.values(Sex), c.victims.bySex).map((r) => ({
        sex: r.key,
        count: r.count,
      })),
      byExploitation: fixed(Object.values(ExploitationType), c.victims.byExploitation).map((r) => ({
        exploitation: r.key,
        count: r.count,
      })),
      byProvince: provinces.map((r) => ({ province: r.key, count: r.count })),
      topProvince: top?.key ? { province: top.key, count: top.count } : null,
    },
    foreignSuspects: {
      total: c.foreign.total,
      nationalities: nationalities.filter((r) => r.key !== null).length,
      byNationality: nationalities.map((r) => ({ country: r.key, count: r.count })),
    },
    rescuedAbroad: {
      ...changeOf(c.abroad.total, previous.abroad),
      byCountry: ranked(c.abroad.byCountry).map((r) => ({ country: r.key, count: r.count })),
    },
  };
  return { ...report, checks: buildChecks(report, c) };
}
