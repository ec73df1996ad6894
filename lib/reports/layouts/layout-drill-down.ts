import {
  GLOTIP_FORMS,
  LABOUR_OFFENCE,
  TIP_LABOUR_EXPLOITATION,
} from "@/lib/domain/exploitation-groups";
import type { TPeriod } from "@/lib/domain/period";
import type { TRecordFilters } from "@/lib/filters/record-filters";
import type { TDrillDown } from "../drill-down";
import { periodFilters } from "../period-filters";
import type {
  TCitizenship,
  TGlotipAgeGroup,
  TGlotipSex,
  TGlotipStage,
  TTipFigureName,
} from "./types";
import type { TGlotipForm } from "@/lib/domain/exploitation-groups";

// Every layout figure as the record list that shows exactly its records. The layouts' queries
// count through these same filters (tip-queries.ts, glotip-queries.ts), so a figure equals its
// list's count. Pure, so the exports and the tests build the same links.

/** TIP's figures: which list, and which filters select it; `labour` adds the labour rule. */
export function tipDrillDown(period: TPeriod, figure: TTipFigureName, labour: boolean): TDrillDown {
  const at = periodFilters(period);
  const offence = labour ? { offence: LABOUR_OFFENCE } : {};
  switch (figure) {
    case "investigations":
      return { kind: "cases", filters: { ...at, ...offence } };
    case "prosecutions":
      return { kind: "suspects", filters: { ...at, dated: "charged", ...offence } };
    case "convictions":
      return {
        kind: "suspects",
        filters: { ...at, dated: "verdict", outcome: "CONVICTED", ...offence },
      };
    case "victimsIdentified":
      // Rescued in Cambodia and abroad: no place filter.
      return {
        kind: "victims",
        filters: { ...at, ...(labour ? { exploitation: TIP_LABOUR_EXPLOITATION } : {}) },
      };
  }
}

/** A citizenship as the victims list's nationality filter (the GLOTIP queries group by these). */
export const VICTIM_NATIONALITY = {
  national: "KH",
  foreign: "foreign",
  unknown: "unspecified",
} as const;
const SUSPECT_NATIONALITY = { national: "KH", foreign: "foreign", unknown: "unknown" } as const;

export function formExploitation(form: TGlotipForm): NonNullable<TRecordFilters["exploitation"]> {
  return GLOTIP_FORMS.find((f) => f.form === form)!.exploitation;
}

type VictimParts = {
  sex?: TGlotipSex;
  ageGroup?: TGlotipAgeGroup;
  form?: TGlotipForm;
  citizenship?: TCitizenship;
  /** A country of citizenship (ISO 3166-1 alpha-2). */
  country?: string;
};

/** GLOTIP's victims detected: everyone rescued in the period, in Cambodia or abroad. */
export function glotipVictimsDrillDown(period: TPeriod, parts: VictimParts = {}): TDrillDown {
  const filters: Partial<TRecordFilters> = { ...periodFilters(period) };
  if (parts.sex) filters.sex = parts.sex;
  if (parts.ageGroup) filters.ageBand = parts.ageGroup;
  if (parts.form) filters.exploitation = formExploitation(parts.form);
  if (parts.citizenship) filters.nationality = VICTIM_NATIONALITY[parts.citizenship];
  if (parts.country) filters.nationality = parts.country;
  return { kind: "victims", filters };
}

/** GLOTIP's persons suspected or arrested (by the arrest date), prosecuted (charged in the
 * period) and convicted (verdict "convicted" in the period), as the suspects list's filters. */
export function glotipPersonsDrillDown(
  period: TPeriod,
  stage: TGlotipStage,
  parts: { sex?: TGlotipSex; citizenship?: TCitizenship } = {},
): TDrillDown {
  const stageFilters: Partial<TRecordFilters> = {
    suspected: {},
    prosecuted: { dated: "charged" as const },
    convicted: { dated: "verdict" as const, outcome: "CONVICTED" as const },
  }[stage];
  const filters: Partial<TRecordFilters> = { ...periodFilters(period), ...stageFilters };
  if (parts.sex) filters.sex = parts.sex;
  if (parts.citizenship) filters.nationality = SUSPECT_NATIONALITY[parts.citizenship];
  return { kind: "suspects", filters };
}
