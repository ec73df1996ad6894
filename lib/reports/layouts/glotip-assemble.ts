import { GLOTIP_FORMS, type TGlotipForm } from "@/lib/domain/exploitation-groups";
import type { TPeriod } from "@/lib/domain/period";
import { drillDownHref } from "../drill-down";
import type { TReportScope } from "../types";
import { GLOTIP_DEFINITIONS } from "./definitions";
import { glotipPersonsDrillDown, glotipVictimsDrillDown } from "./layout-drill-down";
import {
  CITIZENSHIPS,
  GLOTIP_AGE_GROUPS,
  GLOTIP_SEXES,
  GLOTIP_STAGES,
  LAYOUT_FORMATS,
  type TCitizenship,
  type TFullCell,
  type TGlotipLayout,
  type TGlotipPersons,
  type TGlotipStage,
  type TGlotipVictims,
  type TLayoutCheck,
} from "./types";

// The GLOTIP layout from its counts. Pure: no database, no clock. Fixed dimensions keep every
// value, zeros included, so the tables have the questionnaire's shape whatever the data.

/** One row of the victims' GROUPING SETS query; `grp` names the set (glotip-queries.ts). */
export type TVictimGroupRow = {
  grp: number;
  sex: string | null;
  age: string | null;
  form: string | null;
  citizenship: string | null;
  country: string | null;
  n: number;
};

export type TPersonCounts = {
  total: number;
  bySex: Partial<Record<string, number>>;
  byCitizenship: Record<TCitizenship, number>;
  /** Citizenship → sex → count. */
  cells: Record<TCitizenship, Partial<Record<string, number>>>;
};

export type TGlotipCounts = {
  victims: TVictimGroupRow[];
  persons: Record<TGlotipStage, TPersonCounts>;
};

/** The GROUPING() masks of the victims' sets (kept here, pure, for the assembly and its tests). */
export const VICTIM_SETS = {
  cells: 0b00001,
  sex: 0b01111,
  ageGroup: 0b10111,
  form: 0b11011,
  citizenship: 0b11101,
  country: 0b11110,
  total: 0b11111,
} as const;

const FORMS = GLOTIP_FORMS.map((f) => f.form);

const sum = (cells: { count: number }[]) => cells.reduce((n, c) => n + c.count, 0);

function sumCheck(id: string, parts: { count: number }[], total: number): TLayoutCheck {
  const count = sum(parts);
  return { id, ok: count === total, count, expected: total };
}

function assembleVictims(period: TPeriod, rows: TVictimGroupRow[]): TGlotipVictims<TFullCell> {
  const of = (grp: number) => rows.filter((r) => r.grp === grp);
  const n = (grp: number, match: (r: TVictimGroupRow) => boolean) => of(grp).find(match)?.n ?? 0;
  const href = (parts: Parameters<typeof glotipVictimsDrillDown>[1]) =>
    drillDownHref(glotipVictimsDrillDown(period, parts));
  return {
    total: { count: n(VICTIM_SETS.total, () => true), list: href({}) },
    bySex: GLOTIP_SEXES.map((sex) => ({
      sex,
      count: n(VICTIM_SETS.sex, (r) => r.sex === sex),
      list: href({ sex }),
    })),
    byAgeGroup: GLOTIP_AGE_GROUPS.map((ageGroup) => ({
      ageGroup,
      count: n(VICTIM_SETS.ageGroup, (r) => r.age === ageGroup),
      list: href({ ageGroup }),
    })),
    byForm: FORMS.map((form) => ({
      form,
      count: n(VICTIM_SETS.form, (r) => r.form === form),
      list: href({ form }),
    })),
    byCitizenship: CITIZENSHIPS.map((citizenship) => ({
      citizenship,
      count: n(VICTIM_SETS.citizenship, (r) => r.citizenship === citizenship),
      list: href({ citizenship }),
    })),
    // The set's null row is every victim who is not foreign: no country of its own.
    foreignByCountry: of(VICTIM_SETS.country)
      .filter((r): r is TVictimGroupRow & { country: string } => r.country !== null)
      .map((r) => ({ country: r.country, count: r.n, list: href({ country: r.country }) }))
      .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    cells: GLOTIP_SEXES.flatMap((sex) =>
      GLOTIP_AGE_GROUPS.flatMap((ageGroup) =>
        FORMS.flatMap((form: TGlotipForm) =>
          CITIZENSHIPS.map((citizenship) => ({
            sex,
            ageGroup,
            form,
            citizenship,
            count: n(
              VICTIM_SETS.cells,
              (r) =>
                r.sex === sex &&
                r.age === ageGroup &&
                r.form === form &&
                r.citizenship === citizenship,
            ),
            list: href({ sex, ageGroup, form, citizenship }),
          })),
        ),
      ),
    ),
  };
}

function assemblePersons(
  period: TPeriod,
  stage: TGlotipStage,
  c: TPersonCounts,
): TGlotipPersons<TFullCell> {
  const href = (parts: Parameters<typeof glotipPersonsDrillDown>[2]) =>
    drillDownHref(glotipPersonsDrillDown(period, stage, parts));
  return {
    total: { count: c.total, list: href({}) },
    bySex: GLOTIP_SEXES.map((sex) => ({ sex, count: c.bySex[sex] ?? 0, list: href({ sex }) })),
    byCitizenship: CITIZENSHIPS.map((citizenship) => ({
      citizenship,
      count: c.byCitizenship[citizenship],
      list: href({ citizenship }),
    })),
    cells: GLOTIP_SEXES.flatMap((sex) =>
      CITIZENSHIPS.map((citizenship) => ({
        sex,
        citizenship,
        count: c.cells[citizenship][sex] ?? 0,
        list: href({ sex, citizenship }),
      })),
    ),
  };
}

export function assembleGlotipLayout(input: {
  period: TPeriod;
  counts: TGlotipCounts;
  scope: TReportScope;
  generatedAt: Date;
}): TGlotipLayout<TFullCell> {
  const { period } = input;
  const victims = assembleVictims(period, input.counts.victims);
  const persons = Object.fromEntries(
    GLOTIP_STAGES.map((s) => [s, assemblePersons(period, s, input.counts.persons[s])]),
  ) as Record<TGlotipStage, TGlotipPersons<TFullCell>>;
  const foreign = victims.byCitizenship.find((c) => c.citizenship === "foreign")!;
  // Each breakdown is counted apart from its total: that they add up is checked, not assumed.
  const checks = [
    sumCheck("victims.cells.sum", victims.cells, victims.total.count),
    sumCheck("victims.bySex.sum", victims.bySex, victims.total.count),
    sumCheck("victims.byAgeGroup.sum", victims.byAgeGroup, victims.total.count),
    sumCheck("victims.byForm.sum", victims.byForm, victims.total.count),
    sumCheck("victims.byCitizenship.sum", victims.byCitizenship, victims.total.count),
    sumCheck("victims.foreignByCountry.sum", victims.foreignByCountry, foreign.count),
    ...GLOTIP_STAGES.flatMap((s) => [
      sumCheck(`persons.${s}.cells.sum`, persons[s].cells, persons[s].total.count),
      sumCheck(`persons.${s}.bySex.sum`, persons[s].bySex, persons[s].total.count),
      sumCheck(`persons.${s}.byCitizenship.sum`, persons[s].byCitizenship, persons[s].total.count),
    ]),
  ];
  return {
    format: LAYOUT_FORMATS.glotip,
    layout: "glotip",
    period: { from: period.from, to: period.to },
    generatedAt: input.generatedAt.toISOString(),
    scope: input.scope,
    rules: { timeZone: "Asia/Phnom_Penh", definitions: GLOTIP_DEFINITIONS },
    victims,
    persons,
    checks,
  };
}
