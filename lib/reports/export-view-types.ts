// The shapes of the labelled report view (see export-view.ts), shared by its builders and by the
// CSV, XLSX and print exports.

export type TSectionId =
  | "cases"
  | "arrests"
  | "prosecutions"
  | "convictions"
  | "victims"
  | "foreignSuspects"
  | "rescuedAbroad";
export type TBreakdownId =
  | "byAgeBandAndSex"
  | "bySentence"
  | "byOffence"
  | "byProvince"
  | "bySex"
  | "byAgeBand"
  | "byExploitation"
  | "byNationality"
  | "byCountry";
/** "" for a published figure; a suppressed cell; a breakdown published with no rows. */
export type TStatus = "" | "suppressed" | "withheld";

export type TViewRow = { key: string | null; label: string; count: number | null; status: TStatus };
export type TViewBreakdown = {
  id: `${TSectionId}.${TBreakdownId}`;
  section: TSectionId;
  dimension: TBreakdownId;
  title: string;
  rows: TViewRow[];
  withheld: boolean;
};
export type TViewTotal = {
  count: number | null;
  /** Null where the section has no comparison (foreign suspects) or it is suppressed. */
  previous: number | null;
  changePercent: number | null;
  /** The document's change ("+72.83%", "new", "none", "suppressed"), null with no comparison. */
  change: string | null;
  changeLabel: string;
  status: TStatus;
};
export type TViewExtra = {
  dimension: "topProvince" | "nationalities" | "suspended";
  key: string | null;
  label: string;
  count: number | null;
};
export type TViewSection = {
  id: TSectionId;
  title: string;
  total: TViewTotal;
  breakdowns: TViewBreakdown[];
  extras: TViewExtra[];
};
export type TViewCheck = {
  id: string;
  kind: "consistency" | "quality";
  label: string;
  ok: boolean;
  count: number | null;
  expected: number | null;
};
