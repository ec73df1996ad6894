import type { TGlotipForm } from "@/lib/domain/exploitation-groups";
import type { TReportPeriod, TReportScope } from "../types";

// The TIP and GLOTIP layouts: the same records as the annual report, counted in the shapes the
// US TIP report and UNODC's GLOTIP questionnaire ask for (docs/report-format.md, "TIP layout" and
// "GLOTIP layout"). Every figure carries the record list that shows exactly its records.

export { LAYOUT_NAMES, type TLayoutName } from "@/lib/validation/report-layout";
import type { TLayoutName } from "@/lib/validation/report-layout";

export const LAYOUT_FORMATS = {
  tip: "ctip-tip-layout/1",
  glotip: "ctip-glotip-layout/1",
} as const satisfies Record<TLayoutName, string>;

/** One figure: its count (null when suppressed in the public variant) and its record list. */
export type TLayoutCell = {
  count: number | null;
  suppressed?: true;
  /** The record list's address (/suspects?…) whose count equals this figure. */
  list: string;
};

/** A layout cell before suppression: the count is always there. */
export type TFullCell = TLayoutCell & { count: number };

/** A breakdown adds up to its total; the public variant keeps only pass or fail. */
export type TLayoutCheck = { id: string; ok: boolean; count?: number; expected?: number };

export type TLayoutPublic = { k: number; rule: string; description: string; withheld: string[] };

type TLayoutHead<N extends TLayoutName> = {
  format: (typeof LAYOUT_FORMATS)[N];
  layout: N;
  period: TReportPeriod;
  generatedAt: string;
  scope: TReportScope;
  rules: { timeZone: "Asia/Phnom_Penh"; definitions: Record<string, string> };
  checks: TLayoutCheck[];
  /** Present in the public variant only. */
  public?: TLayoutPublic;
};

/** A TIP figure and its labour-trafficking share, as TIP writes "N (M labour)". */
export type TTipFigure<C extends TLayoutCell = TLayoutCell> = { total: C; labour: C };

export const TIP_FIGURES = [
  "investigations",
  "prosecutions",
  "convictions",
  "victimsIdentified",
] as const;
export type TTipFigureName = (typeof TIP_FIGURES)[number];

export type TTipLayout<C extends TLayoutCell = TLayoutCell> = TLayoutHead<"tip"> &
  Record<TTipFigureName, TTipFigure<C>>;

export const GLOTIP_SEXES = ["FEMALE", "MALE", "OTHER", "UNKNOWN"] as const;
export const GLOTIP_AGE_GROUPS = ["child", "adult", "unknown"] as const;
export const CITIZENSHIPS = ["national", "foreign", "unknown"] as const;
export type TGlotipSex = (typeof GLOTIP_SEXES)[number];
export type TGlotipAgeGroup = (typeof GLOTIP_AGE_GROUPS)[number];
export type TCitizenship = (typeof CITIZENSHIPS)[number];

export type TVictimCell<C extends TLayoutCell = TLayoutCell> = C & {
  sex: TGlotipSex;
  ageGroup: TGlotipAgeGroup;
  form: TGlotipForm;
  citizenship: TCitizenship;
};

/** Table A: victims detected, with each margin and the full cross-table. */
export type TGlotipVictims<C extends TLayoutCell = TLayoutCell> = {
  total: C;
  bySex: (C & { sex: TGlotipSex })[];
  byAgeGroup: (C & { ageGroup: TGlotipAgeGroup })[];
  byForm: (C & { form: TGlotipForm })[];
  byCitizenship: (C & { citizenship: TCitizenship })[];
  /** Foreign victims by country of citizenship (ISO 3166-1 alpha-2), most first. */
  foreignByCountry: (C & { country: string })[];
  /** Every sex × age group × form × citizenship, in that order (zeros included). */
  cells: TVictimCell<C>[];
};

/** Table B: one stage of the criminal justice process, by sex × citizenship. */
export type TGlotipPersons<C extends TLayoutCell = TLayoutCell> = {
  total: C;
  bySex: (C & { sex: TGlotipSex })[];
  byCitizenship: (C & { citizenship: TCitizenship })[];
  cells: (C & { sex: TGlotipSex; citizenship: TCitizenship })[];
};

export const GLOTIP_STAGES = ["suspected", "prosecuted", "convicted"] as const;
export type TGlotipStage = (typeof GLOTIP_STAGES)[number];

export type TGlotipLayout<C extends TLayoutCell = TLayoutCell> = TLayoutHead<"glotip"> & {
  victims: TGlotipVictims<C>;
  persons: Record<TGlotipStage, TGlotipPersons<C>>;
};

export type TLayoutDocument = TTipLayout | TGlotipLayout;
export type TFullLayoutDocument = TTipLayout<TFullCell> | TGlotipLayout<TFullCell>;
