import { z } from "zod";
import {
  CRIMINAL_CODE_LAST_ARTICLE,
  MAX_CHARGE_ARTICLES,
  chargeCode,
  parseChargeCode,
} from "@/lib/domain/charges";
import { checkNotInFuture, ZOptionalProvinceId, ZPastDate, ZTime, ZUuid, ZVersion } from "./common";

// A suspect's court proceedings (decision 0029): the form's, the action's and the import's one
// set of rules. The database refuses the same things (the court_proceedings migration's CHECKs);
// here they become field messages. Deliberately NOT refused: a verdict dated before the arrest
// or the charge (trials in absentia, records kept late) and a conviction with no verdict date
// (legacy records); the annual report flags those as quality checks instead.

export const COURT_OUTCOMES = ["PENDING", "CONVICTED", "ACQUITTED", "DISMISSED", "OTHER"] as const;
export const APPEAL_STATUSES = ["NONE", "LODGED", "UPHELD", "VARIED", "OVERTURNED"] as const;
export const MAX_SENTENCE_MONTHS = 1200;
/** The fine_riel column is a PostgreSQL integer. */
export const MAX_FINE_RIEL = 2_147_483_647;

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === "string" && v.trim() === "") ? undefined : v;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: "choose" }).optional());

const wholeNumber = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim().replace(/[\s,]/g, "")) : v),
    z.coerce
      .number({ error: "number" })
      .int({ error: "wholeNumber" })
      .min(0, { error: "numberTooSmall" })
      .max(max, { error: "numberTooLarge" })
      .optional(),
  );

/** Codes from the form's checkboxes (a list) or an import cell ("LSHTSE-15; CC-239"). */
const codeList = z.preprocess(
  (v) => {
    const items = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
    return items
      .flatMap((item) => (typeof item === "string" ? item.split(/[;,|\s]+/) : [item]))
      .map((item) => (typeof item === "string" ? item.trim().toUpperCase() : item))
      .filter((item) => item !== "");
  },
  z.array(z.string({ error: "chargeArticle" })),
);

/** The form's "Criminal Code articles" box: article numbers, "239, 284". */
const numberList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[;,\s]+/).filter(Boolean) : v === undefined ? [] : v),
  z.array(z.string({ error: "criminalCodeArticle" })),
);

/** A checkbox sends "on"; an import cell YES or NO (lib/import/columns.ts). */
const optionalFlag = z.preprocess(
  (v) => {
    const s = typeof v === "string" ? v.trim().toUpperCase() : v;
    if (s === undefined || s === null || s === "") return undefined;
    if (s === "ON" || s === "TRUE" || s === "YES" || s === true) return true;
    if (s === "FALSE" || s === "NO" || s === false) return false;
    return s;
  },
  z.boolean({ error: "choose" }).optional(),
);

export const courtFields = {
  chargedOn: ZPastDate,
  chargedTime: ZTime,
  courtProvinceId: ZOptionalProvinceId,
  chargeArticles: codeList,
  criminalCodeArticles: numberList,
  courtOutcome: optionalEnum(COURT_OUTCOMES),
  verdictOn: ZPastDate,
  verdictTime: ZTime,
  sentenceMonths: wholeNumber(MAX_SENTENCE_MONTHS),
  sentenceSuspended: optionalFlag,
  fineRiel: wholeNumber(MAX_FINE_RIEL),
  appealStatus: optionalEnum(APPEAL_STATUSES),
};

type CourtShape = {
  chargedOn?: string;
  chargedTime?: string;
  chargeArticles: string[];
  criminalCodeArticles: string[];
  courtOutcome?: (typeof COURT_OUTCOMES)[number];
  verdictOn?: string;
  verdictTime?: string;
  sentenceMonths?: number;
  sentenceSuspended?: boolean;
  fineRiel?: number;
  appealStatus?: (typeof APPEAL_STATUSES)[number];
};

/** Every article charged, as codes: the listed ones, then the Criminal Code numbers typed. */
export function chargeCodesOf(v: Pick<CourtShape, "chargeArticles" | "criminalCodeArticles">) {
  const typed = v.criminalCodeArticles.map((n) => chargeCode("CC", Number(n)));
  return [...new Set([...v.chargeArticles, ...typed])];
}

const isCriminalCodeNumber = (n: string) =>
  /^[1-9]\d{0,2}$/.test(n) && Number(n) <= CRIMINAL_CODE_LAST_ARTICLE;

export function courtRules(v: CourtShape, ctx: z.RefinementCtx) {
  checkNotInFuture(v.chargedOn, v.chargedTime, "chargedTime", ctx);
  checkNotInFuture(v.verdictOn, v.verdictTime, "verdictTime", ctx);
  const issue = (message: string, field: string) =>
    ctx.addIssue({ code: "custom", message, path: [field] });
  if (v.chargeArticles.some((code) => !parseChargeCode(code))) {
    issue("chargeArticle", "chargeArticles");
  }
  if (!v.criminalCodeArticles.every(isCriminalCodeNumber)) {
    issue("criminalCodeArticle", "criminalCodeArticles");
  }
  const count = chargeCodesOf(v).length;
  if (count > MAX_CHARGE_ARTICLES) {
    ctx.addIssue({
      code: "too_big",
      origin: "array",
      maximum: MAX_CHARGE_ARTICLES,
      inclusive: true,
      input: count,
      path: ["chargeArticles"],
    });
  }
  const decided = v.courtOutcome !== undefined && v.courtOutcome !== "PENDING";
  if (v.verdictOn && !decided) issue("verdictDateNeedsVerdict", "verdictOn");
  if (v.appealStatus && v.appealStatus !== "NONE" && !decided) {
    issue("appealNeedsVerdict", "appealStatus");
  }
  if (v.courtOutcome !== "CONVICTED") {
    for (const field of ["sentenceMonths", "sentenceSuspended", "fineRiel"] as const) {
      // An unticked "suspended" is no sentence: only a stated one needs the conviction.
      const stated = field === "sentenceSuspended" ? v[field] === true : v[field] !== undefined;
      if (stated) issue("sentenceNeedsConviction", field);
    }
  }
}

/** A suspect's court fields alone, at the version the user saw: what a court clerk may edit
 * (decision 0034). The one set of rules above, so the full form and this one agree. */
export const ZUpdateSuspectCourt = z
  .object({ id: ZUuid, version: ZVersion, ...courtFields })
  .superRefine(courtRules);
export type TUpdateSuspectCourt = z.infer<typeof ZUpdateSuspectCourt>;
export type TCourtInput = Omit<TUpdateSuspectCourt, "id" | "version">;
