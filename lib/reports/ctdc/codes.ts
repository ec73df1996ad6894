import isoCountries from "i18n-iso-countries";
import { CTDC_AGE_BANDS } from "@/lib/domain/age-bands";
import type { ExploitationType, Sex } from "@/lib/generated/prisma/enums";

// The CTDC codebook's variables and value codes for one victim (docs/decisions/0030): the names
// and spellings of the CTDC global dataset, so the file loads beside it without recoding.

/** The codebook's mark for a value that is not known (the global dataset's -99). */
export const CTDC_MISSING = "-99";

/** The file's columns, in order: each one is a quasi-identifier of the k-anonymisation. */
export const CTDC_COLUMNS = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "citizenship",
  "CountryOfExploitation",
  "isForcedLabour",
  "isSexualExploit",
  "isForcedMarriage",
  "isOtherExploit",
] as const;
export type TCtdcColumn = (typeof CTDC_COLUMNS)[number];
export type TCtdcRow = Record<TCtdcColumn, string>;

/** One victim as the query reads it: nothing that names or dates the person. */
export type TCtdcVictim = {
  sex: Sex;
  /** Whole years at the rescue date, or null when unknown. */
  ageYears: number | null;
  /** ISO 3166-1 alpha-2, or null. */
  nationality: string | null;
  rescuedAbroad: boolean;
  /** ISO 3166-1 alpha-2 of a rescue abroad, or null (unspecified, or rescued in Cambodia). */
  rescueCountry: string | null;
  exploitationType: ExploitationType;
};

const GENDER: Record<Sex, string> = {
  FEMALE: "Female",
  MALE: "Male",
  // The codebook's third gender; our OTHER is the one sex that is neither female nor male.
  OTHER: "Transgender/NonConforming",
  UNKNOWN: CTDC_MISSING,
};

/** "0--8", …, "48+": the codebook writes a band's two ends with a double hyphen. */
export function ctdcAgeBroad(years: number | null): string {
  if (years === null) return CTDC_MISSING;
  const band = CTDC_AGE_BANDS.find((b) => years >= b.from && (b.to === null || years < b.to));
  if (!band) return CTDC_MISSING;
  return band.to === null ? `${band.from}+` : `${band.from}--${band.to - 1}`;
}

export function ctdcMajorityStatus(years: number | null): string {
  if (years === null || years < 0) return CTDC_MISSING;
  return years < 18 ? "Minor" : "Adult";
}

/** ISO 3166-1 alpha-3 from alpha-2 (i18n-iso-countries), or the missing mark. */
export function alpha3Of(alpha2: string | null): string {
  if (!alpha2) return CTDC_MISSING;
  return isoCountries.alpha2ToAlpha3(alpha2) ?? CTDC_MISSING;
}

type TFlags = Pick<
  TCtdcRow,
  "isForcedLabour" | "isSexualExploit" | "isForcedMarriage" | "isOtherExploit"
>;
const FLAG_NAMES = ["isForcedLabour", "isSexualExploit", "isForcedMarriage", "isOtherExploit"];

/** The flag each exploitation type sets; domestic servitude and begging are forced labour in the
 * codebook (its typeOfLabourDomesticWork and typeOfLabourBegging sit under isForcedLabour). */
const FLAG_OF: Record<Exclude<ExploitationType, "UNKNOWN">, keyof TFlags> = {
  SEXUAL: "isSexualExploit",
  LABOUR: "isForcedLabour",
  DOMESTIC_SERVITUDE: "isForcedLabour",
  BEGGING: "isForcedLabour",
  FORCED_MARRIAGE: "isForcedMarriage",
  OTHER: "isOtherExploit",
};

export function ctdcFlags(type: ExploitationType): TFlags {
  const flags = Object.fromEntries(
    FLAG_NAMES.map((f) => [f, type === "UNKNOWN" ? CTDC_MISSING : "0"]),
  ) as TFlags;
  if (type !== "UNKNOWN") flags[FLAG_OF[type]] = "1";
  return flags;
}

/** One victim's row before any generalisation. */
export function ctdcRowOf(year: number, v: TCtdcVictim): TCtdcRow {
  return {
    yearOfRegistration: String(year),
    gender: GENDER[v.sex],
    ageBroad: ctdcAgeBroad(v.ageYears),
    majorityStatus: ctdcMajorityStatus(v.ageYears),
    citizenship: alpha3Of(v.nationality),
    // Exploited where rescued: in Cambodia, or in the country of a rescue abroad.
    CountryOfExploitation: v.rescuedAbroad ? alpha3Of(v.rescueCountry) : "KHM",
    ...ctdcFlags(v.exploitationType),
  };
}
