import type { TCheck, TComparison, TNationalityRow, TReportDocument } from "./types";

// The public variant of the report document (suppress.ts; docs/report-format.md, "Public
// variant"). Same keys as the full document; a count may be null where it is suppressed.

/** A row whose count is below k, or hidden so that such a row cannot be worked out. */
export type TPublicRow<D extends string, K extends string | null = string> = {
  [P in D]: K;
} & { count: number | null; suppressed?: true };

export type TPublicNationalityRow = Omit<TNationalityRow, "count"> & {
  count: number | null;
  suppressed?: true;
};

/** A total and its comparison; null where the figure is suppressed ("suppressed" as change). */
export type TPublicChange = {
  total: number | null;
  previous: number | null;
  changePercent: number | null;
  change: string;
};

export type TPublicReportDocument = Pick<
  TReportDocument,
  "format" | "year" | "period" | "generatedAt" | "scope" | "rules"
> & {
  /** The previous year's source, without the snapshot's hash (see suppress.ts). */
  comparison:
    | Extract<TComparison, { source: "live" }>
    | Omit<Extract<TComparison, { source: "published" }>, "sha256">;
  cases: TPublicChange & {
    byOffence: TPublicRow<"offence">[];
    byProvince: TPublicRow<"province">[];
  };
  arrests: TPublicChange & { bySex: TPublicRow<"sex">[] };
  prosecutions: TPublicChange & {
    bySex: TPublicRow<"sex">[];
    byNationality: TPublicNationalityRow[];
  };
  convictions: TPublicChange & {
    bySex: TPublicRow<"sex">[];
    byNationality: TPublicNationalityRow[];
    bySentence: TPublicRow<"band">[];
    suspended: number | null;
  };
  victims: TPublicChange & {
    byAgeBand: TPublicRow<"band">[];
    bySex: TPublicRow<"sex">[];
    byExploitation: TPublicRow<"exploitation">[];
    byProvince: TPublicRow<"province", string | null>[];
    topProvince: { province: string; count: number } | null;
    byNationality: TPublicRow<"country", string | null>[];
    /** Withheld (no rows) when any cell is small: its margins (byAgeBand, bySex) are published,
     * so suppressing cells within it would not protect them. */
    byAgeBandAndSex: { band: string; sex: string; count: number }[];
  };
  foreignSuspects: {
    total: number | null;
    nationalities: number | null;
    byNationality: TPublicRow<"country", string | null>[];
  };
  rescuedAbroad: TPublicChange & {
    byCountry: TPublicRow<"country", string | null>[];
    bySex: TPublicRow<"sex">[];
  };
  /** As the full document's; absent where that has none (decision 0035). */
  services?: TPublicServices;
  /** Pass or fail only: a check's counts are small counts themselves. */
  checks: Pick<TCheck, "id" | "kind" | "ok">[];
  public: {
    k: number;
    /** The suppression rule's id; its words are in `description` and docs/report-format.md. */
    rule: typeof PUBLIC_RULE;
    description: string;
    /** Breakdowns published with no rows ("victims.byProvince"): too few to publish safely. */
    withheld: string[];
  };
};

/** The services section with small cells suppressed: each of byType's two columns is a
 * breakdown of its own total; a column withheld is null in every row. */
export type TPublicServices = {
  referred: number | null;
  provided: number | null;
  byType: { service: string; referred: number | null; provided: number | null }[];
  visitedVictims: number | null;
  reintegration: TPublicRow<"status">[];
};

export const PUBLIC_RULE = "ctip-small-cells/1";

export type TAnyReportDocument = TReportDocument | TPublicReportDocument;

export function isPublicDocument(doc: TAnyReportDocument): doc is TPublicReportDocument {
  return "public" in doc;
}
