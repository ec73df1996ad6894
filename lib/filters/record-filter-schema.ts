import { z } from "zod";
import { isCountryCode } from "@/lib/domain/countries";
import { PROVINCES } from "@/lib/domain/provinces";
import { isCalendarDate } from "@/lib/domain/period";
import { SENTENCE_BANDS } from "@/lib/domain/sentence-bands";
import {
  CaseStatus,
  CourtOutcome,
  ExploitationType,
  OffenceType,
  Sex,
} from "@/lib/generated/prisma/enums";
import { ZPlainString } from "@/lib/validation/text";
import { AGE_BANDS } from "@/lib/domain/age-bands";
import { EXPLOITATION_GROUP_NAMES } from "@/lib/domain/exploitation-groups";

// The schema of the record lists' filters, as they appear in the URL. Import it through
// record-filters.ts, which adds the parsing and the links. Messages are keys in `filters.errors`.

export const RECORD_KINDS = ["cases", "suspects", "victims"] as const;
export type TRecordKind = (typeof RECORD_KINDS)[number];

/** Sort orders each list accepts; the first is the default. Each maps to a keyset in lib/filters. */
export const RECORD_SORTS = {
  cases: ["date-desc", "date-asc", "reference-asc", "reference-desc"],
  suspects: ["date-desc", "date-asc", "reference-asc"],
  victims: ["date-desc", "date-asc", "code-asc", "code-desc"],
} as const;
export type TRecordSort<K extends TRecordKind = TRecordKind> = (typeof RECORD_SORTS)[K][number];
const ALL_SORTS = [
  "date-desc",
  "date-asc",
  "reference-asc",
  "reference-desc",
  "code-asc",
  "code-desc",
] as const;

/** Nationality values besides ISO codes. "foreign-unspecified" and "unknown" (not known whether
 * foreign or Cambodian) exist only for suspects (isForeign); "foreign" is any nationality but
 * Cambodian's (for victims, a recorded one other than KH). */
export const NATIONALITY_SPECIALS = [
  "unspecified",
  "foreign",
  "foreign-unspecified",
  "unknown",
] as const;

/** Which of a suspect's dates year/from/to select by: arrest (the default), charge or verdict. */
export const SUSPECT_DATES = ["arrest", "charged", "verdict"] as const;

/** Records the report's quality checks list (suspects): a verdict dated before the arrest. */
export const SUSPECT_PROBLEMS = ["verdict-before-arrest"] as const;

/** The longest search the lists take, in characters (the field's maxlength and its message). */
export const SEARCH_MAX_LENGTH = 100;

// A repeated parameter counts once; blank form fields mean "no filter".
function firstNonBlank(value: unknown) {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return v;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(firstNonBlank, schema.optional());
const choice = <T extends z.util.EnumLike>(values: T) =>
  optional(z.enum(values, { error: "choose" }));
const upper = (v: unknown) => (typeof v === "string" && v.length === 2 ? v.toUpperCase() : v);

export const ZRecordFilters = z.object({
  /** The event's year read in Asia/Phnom_Penh: crack-down, arrest or rescue. "none" selects
   * records with no event date, which no year's report counts (the report's quality check). */
  year: optional(
    z.union(
      [
        z.literal("none"),
        z
          .string()
          .regex(/^[1-9]\d{3}$/, { error: "year" })
          .transform(Number),
      ],
      { error: "year" },
    ),
  ),
  /** A period's first and last dates (YYYY-MM-DD, read in Asia/Phnom_Penh, both inclusive), on
   * the same event date as `year`; either end may be open. */
  from: optional(z.string().refine(isCalendarDate, { error: "date" })),
  to: optional(z.string().refine(isCalendarDate, { error: "date" })),
  /** Case province; a suspect's case's province; a victim's province of rescue. "unspecified":
   * none (a suspect with no case, a victim with no province of rescue; every case has one). */
  province: optional(
    z.union(
      [
        z.literal("unspecified"),
        z
          .string()
          .regex(/^\d{1,2}$/, { error: "province" })
          .transform(Number)
          .refine((id) => PROVINCES.some((p) => p.id === id), { error: "province" }),
      ],
      { error: "province" },
    ),
  ),
  /** A case's offence; for suspects, their case's offence. */
  offence: choice(OffenceType),
  /** A victim's exploitation type, or a group of types (lib/domain/exploitation-groups.ts). */
  exploitation: optional(
    z.enum([...Object.values(ExploitationType), ...EXPLOITATION_GROUP_NAMES], { error: "choose" }),
  ),
  status: choice(CaseStatus),
  nationality: optional(
    z.preprocess(
      upper,
      z.union(
        [z.enum(NATIONALITY_SPECIALS), z.string().refine(isCountryCode, { error: "nationality" })],
        { error: "nationality" },
      ),
    ),
  ),
  sex: choice(Sex),
  ageBand: optional(z.enum(AGE_BANDS, { error: "choose" })),
  place: optional(z.enum(["cambodia", "abroad"], { error: "choose" })),
  /** Abroad only: an ISO code other than Cambodia, or "unspecified" (abroad, country not known). */
  rescueCountry: optional(
    z.preprocess(
      upper,
      z.union(
        [
          z.literal("unspecified"),
          z.string().refine((c) => c !== "KH" && isCountryCode(c), { error: "rescueCountry" }),
        ],
        { error: "rescueCountry" },
      ),
    ),
  ),
  hasCase: optional(z.enum(["yes", "no"], { error: "choose" })),
  /** Suspects: which date year/from/to apply to. */
  dated: optional(z.enum(SUSPECT_DATES, { error: "choose" })),
  /** Suspects: the verdict (court outcome), or "none" when none is recorded. */
  outcome: optional(z.union([z.literal("none"), z.enum(CourtOutcome)], { error: "choose" })),
  /** Suspects: the prison term's band (lib/domain/sentence-bands.ts). */
  sentence: optional(z.enum(SENTENCE_BANDS, { error: "choose" })),
  problem: optional(z.enum(SUSPECT_PROBLEMS, { error: "choose" })),
  /** Cases: "1" lists only stale cases (lib/domain/stale-cases.ts, decision 0036). */
  stale: optional(z.enum(["1"], { error: "choose" })),
  /** "only" lists soft-deleted records, to restore them; by default they are left out. */
  deleted: optional(z.enum(["only"], { error: "choose" })),
  q: optional(ZPlainString().max(SEARCH_MAX_LENGTH, { error: "tooLong" })),
  sort: optional(z.enum(ALL_SORTS, { error: "sort" })),
  /** Opaque keyset cursor, made by lib/filters/keyset.ts. */
  cursor: optional(z.string().regex(/^[A-Za-z0-9_-]{1,1000}$/, { error: "cursor" })),
});
export type TRecordFilters = z.infer<typeof ZRecordFilters>;
export type TRecordFilterName = keyof TRecordFilters;
export type TRecordFilterErrors = Partial<Record<TRecordFilterName, string>>;

/** The filters each list offers; any other parameter is ignored, as unknown ones are. */
export const RECORD_FILTERS = {
  cases: [
    ...["year", "from", "to", "province", "offence", "status", "stale", "deleted", "q", "sort"],
    "cursor",
  ],
  suspects: [
    ...["year", "from", "to", "dated", "province", "offence", "nationality", "sex", "hasCase"],
    ...["outcome", "sentence", "problem", "deleted", "q", "sort", "cursor"],
  ],
  victims: [
    ...["year", "from", "to", "province", "exploitation", "nationality", "sex", "ageBand", "place"],
    ...["rescueCountry", "hasCase", "deleted", "q", "sort", "cursor"],
  ],
} as const satisfies Record<TRecordKind, readonly TRecordFilterName[]>;
