import { bandsOf, type TAgeBandSet } from "@/lib/domain/age-bands";
import { isoCodeOf } from "@/lib/domain/provinces";
import { previousPeriod, type TPeriod } from "@/lib/domain/period";
import { SENTENCE_BANDS, sentenceBandOf } from "@/lib/domain/sentence-bands";
import { ExploitationType, OffenceType, Sex } from "@/lib/generated/prisma/enums";
import { changeOf } from "./change";
import { buildChecks } from "./checks";
import type { TGroupCount, TReportCounts } from "./queries";
import {
  REPORT_FORMAT,
  type TComparison,
  type TNationalityRow,
  type TReportDocument,
  type TReportScope,
} from "./types";

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
  period:
    "A period runs from its first to its last date, both inclusive, read in Asia/Phnom_Penh (UTC+7). The previous figures count the period of the same length just before: as many whole months when the period is whole months (so the year before a year), else as many days.",
  prosecutions:
    "Suspects charged or sent to court in the period, by the charge date; by nationality: Cambodian, foreign (with the country, or 'not recorded'), or not known whether foreign.",
  convictions:
    "Suspects whose verdict is 'convicted' and whose verdict date falls in the period; the sentence bands count months of imprisonment, suspended or not.",
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
  period: TPeriod;
  counts: TReportCounts;
  ageBandSet: TAgeBandSet;
  scope: TReportScope;
  generatedAt: Date;
  /** The previous year's totals from its published snapshot, when the comparison uses it. */
  published?: { comparison: Exclude<TComparison, { source: "live" }>; previous: TPreviousTotals };
};

export type TPreviousTotals = {
  cases: number;
  arrests: number;
  victims: number;
  abroad: number;
  /** Absent from snapshots published before the section existed. */
  prosecutions?: number;
  convictions?: number;
};

const NATIONALITY_GROUPS = ["cambodian", "foreign", "unspecified"] as const;

/** "cambodian|KH", "foreign|TH", "foreign|", "unspecified|" as rows: Cambodian first, then the
 * foreign countries most first with "nationality not recorded" last among them, then unspecified.
 * The three groups are always there, at zero if need be. */
function nationalityRows(rows: { key: string | null; count: number }[]): TNationalityRow[] {
  const split = rows.map((r) => {
    const [group, country] = (r.key ?? "unspecified|").split("|") as [
      TNationalityRow["group"],
      string,
    ];
    return { group, country: country || null, count: r.count };
  });
  const count = (group: TNationalityRow["group"]) =>
    split.filter((r) => r.group === group).reduce((n, r) => n + r.count, 0);
  const foreign = ranked(
    split.filter((r) => r.group === "foreign").map((r) => ({ key: r.country, count: r.count })),
  );
  return NATIONALITY_GROUPS.flatMap((group): TNationalityRow[] => {
    if (group === "foreign") {
      return foreign.map((r) => ({ group, country: r.key, count: r.count }));
    }
    return [{ group, country: group === "cambodian" ? "KH" : null, count: count(group) }];
  });
}

/** Months of imprisonment counted into their bands; every band, in order. */
function sentenceRows(rows: { key: string | null; count: number }[]) {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const band = sentenceBandOf(r.key === null ? null : Number(r.key));
    counts.set(band, (counts.get(band) ?? 0) + r.count);
  }
  return SENTENCE_BANDS.map((band) => ({ band, count: counts.get(band) ?? 0 }));
}

/** Victims' nationalities: Cambodia first (most are Cambodian), then most first, unspecified last. */
function victimNationalities(rows: { key: string | null; count: number }[]) {
  const all = ranked(rows);
  const cambodia = all.find((r) => r.key === "KH") ?? { key: "KH", count: 0 };
  return [cambodia, ...all.filter((r) => r.key !== "KH")].map((r) => ({
    country: r.key,
    count: r.count,
  }));
}

export function assembleReport(input: AssembleInput): TReportDocument {
  const { period, counts: c, ageBandSet } = input;
  const live = {
    cases: c.cases.previous,
    arrests: c.arrests.previous,
    victims: c.victims.previous,
    abroad: c.abroad.previous,
    prosecutions: c.prosecutions.previous,
    convictions: c.convictions.previous,
  };
  const previous = { ...live, ...input.published?.previous };
  const sexes = Object.values(Sex);
  const bySex = (rows: { key: string | null; count: number }[]) =>
    fixed(sexes, rows).map((r) => ({ sex: r.key, count: r.count }));
  const bandSex = new Map(c.victims.byAgeBandAndSex.map((r) => [r.key, r.count]));
  const provinces = ranked(c.victims.byProvince, (id) => isoCodeOf(Number(id)));
  const top = provinces[0];
  const nationalities = ranked(c.foreign.byNationality);
  const report: Omit<TReportDocument, "checks"> = {
    format: REPORT_FORMAT,
    year: Number(period.from.slice(0, 4)),
    period: { from: period.from, to: period.to, previous: previousPeriod(period) },
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
      bySex: bySex(c.arrests.bySex),
    },
    prosecutions: {
      ...changeOf(c.prosecutions.total, previous.prosecutions ?? live.prosecutions),
      bySex: bySex(c.prosecutions.bySex),
      byNationality: nationalityRows(c.prosecutions.byNationality),
    },
    convictions: {
      ...changeOf(c.convictions.total, previous.convictions ?? live.convictions),
      bySex: bySex(c.convictions.bySex),
      byNationality: nationalityRows(c.convictions.byNationality),
      bySentence: sentenceRows(c.convictions.byMonths),
      suspended: c.convictions.suspended,
    },
    victims: {
      ...changeOf(c.victims.total, previous.victims),
      byAgeBand: fixed(bandsOf(ageBandSet), c.victims.byAgeBand).map((r) => ({
        band: r.key,
        count: r.count,
      })),
      bySex: bySex(c.victims.bySex),
      byExploitation: fixed(Object.values(ExploitationType), c.victims.byExploitation).map((r) => ({
        exploitation: r.key,
        count: r.count,
      })),
      byProvince: provinces.map((r) => ({ province: r.key, count: r.count })),
      topProvince: top?.key ? { province: top.key, count: top.count } : null,
      byNationality: victimNationalities(c.victims.byNationality),
      byAgeBandAndSex: bandsOf(ageBandSet).flatMap((band) =>
        sexes.map((sex) => ({ band, sex, count: bandSex.get(`${band}|${sex}`) ?? 0 })),
      ),
    },
    foreignSuspects: {
      total: c.foreign.total,
      nationalities: nationalities.filter((r) => r.key !== null).length,
      byNationality: nationalities.map((r) => ({ country: r.key, count: r.count })),
    },
    rescuedAbroad: {
      ...changeOf(c.abroad.total, previous.abroad),
      byCountry: ranked(c.abroad.byCountry).map((r) => ({ country: r.key, count: r.count })),
      bySex: bySex(c.abroad.bySex),
    },
  };
  return { ...report, checks: buildChecks(report, c) };
}
