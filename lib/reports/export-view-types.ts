// The shapes of the labelled report view (see export-view.ts), shared by its builders and by the
// CSV, XLSX and print exports.

export type TSectionId =
  | "cases"
  | "arrests"
  | "prosecutions"
  | "convictions"
  | "victims"
  | "foreignSuspects"
  | "rescuedAbroad"
  | "servicesReferred"
  | "servicesProvided"
  | "reintegration";
export type TBreakdownId =
  | "byAgeBandAndSex"
  | "bySentence"
  | "byOffence"
  | "byProvince"
  | "bySex"
  | "byAgeBand"
  | "byExploitation"
  | "byNationality"
  | "byCountry"
  | "byService"
  | "byStatus";
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

/** What identifies a published copy: its revision, the SHA-256 of its stored document, when it
 * was published and the audit anchor recorded with it (null for revisions published before
 * anchors were kept). A view rebuilt from a snapshot carries these into every file format. */
export type TPublishedFacts = {
  year: number;
  revision: number;
  sha256: string;
  publishedAt: Date;
  auditAnchor: { id: string; hash: string } | null;
};
/** The same facts labelled for people, in the view's language. */
export type TViewPublished = TPublishedFacts & {
  /** "id:hash", or "" without an anchor: the form the files and headers carry. */
  anchor: string;
  /** `value` for people (the view's language and digits); `code` for machines (Latin digits,
   * ISO instant, hex), as the CSV's key column carries codes. */
  rows: {
    key: "revision" | "publishedAt" | "sha256" | "auditAnchor";
    label: string;
    value: string;
    code: string;
  }[];
};
