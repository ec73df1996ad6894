import { compareNames } from "@/lib/domain/collate";
import { COUNTRY_CODES } from "@/lib/domain/countries";
import { PROVINCES } from "@/lib/domain/provinces";
import { AGE_BANDS } from "@/lib/domain/age-bands";
import { EXPLOITATION_GROUP_NAMES } from "@/lib/domain/exploitation-groups";
import { SENTENCE_BAND_FIGURES, SENTENCE_BANDS } from "@/lib/domain/sentence-bands";
import {
  SUSPECT_DATES,
  SUSPECT_PROBLEMS,
  type TRecordFilterName,
  type TRecordKind,
} from "@/lib/filters/record-filters";
import {
  CaseStatus,
  CourtOutcome,
  ExploitationType,
  OffenceType,
  Sex,
} from "@/lib/generated/prisma/enums";
import { ageBandValues, countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { figureValues, type Numerals } from "@/lib/i18n/numerals";

// The choices of each select filter, labelled in the UI language. Values are exactly those
// ZRecordFilters accepts; a filter absent here is typed (year, search text).

export type Option = { value: string; label: string };
type Translate = (key: string, values?: Record<string, string>) => string;

function byLabel(options: Option[], locale: Locale): Option[] {
  const compare = compareNames(locale);
  return options.sort((a, b) => compare(a.label, b.label));
}

/** Countries by name in the UI language, optionally leaving some out. */
function countries(locale: Locale, exclude: string[] = []): Option[] {
  const options = COUNTRY_CODES.filter((c) => !exclude.includes(c)).map((code) => ({
    value: code,
    label: countryName(code, locale) ?? code,
  }));
  return byLabel(options, locale);
}

function enumOptions(values: Record<string, string>, prefix: string, tEnum: Translate): Option[] {
  return Object.values(values).map((v) => ({ value: v, label: tEnum(`${prefix}.${v}`) }));
}

export function filterOptions(
  name: TRecordFilterName,
  ctx: {
    kind: TRecordKind;
    locale: Locale;
    /** The reader's digits, for the figures of the age bands' labels. */
    numerals: Numerals;
    /** The user's provinces, or null for national scope. */
    provinceIds: number[] | null;
    t: Translate;
    tEnum: Translate;
  },
): Option[] | null {
  const { kind, locale, numerals, provinceIds, t, tEnum } = ctx;
  switch (name) {
    case "province":
      return byLabel(
        PROVINCES.filter((p) => !provinceIds || provinceIds.includes(p.id)).map((p) => ({
          value: String(p.id),
          label: locale === "km" ? p.nameKm : p.nameEn,
        })),
        locale,
      );
    case "offence":
      return enumOptions(OffenceType, "OffenceType", tEnum);
    case "exploitation":
      return [
        ...enumOptions(ExploitationType, "ExploitationType", tEnum),
        // The TIP and GLOTIP layouts' groups, so their drill-down links show what they select.
        ...EXPLOITATION_GROUP_NAMES.map((g) => ({ value: g, label: t(`exploitationGroups.${g}`) })),
      ];
    case "status":
      return enumOptions(CaseStatus, "CaseStatus", tEnum);
    case "sex":
      return enumOptions(Sex, "Sex", tEnum);
    case "nationality":
      return [
        { value: "unspecified", label: t("nationalityUnspecified") },
        { value: "foreign", label: t("foreign") },
        ...(kind === "suspects"
          ? [
              { value: "foreign-unspecified", label: t("foreignUnspecified") },
              { value: "unknown", label: t("nationalityUnknown") },
            ]
          : []),
        // Cambodia first: most records are Cambodian.
        { value: "KH", label: countryName("KH", locale) ?? "KH" },
        ...countries(locale, ["KH"]),
      ];
    case "ageBand":
      return AGE_BANDS.map((b) => ({
        value: b,
        label: t(`ageBands.${b}`, ageBandValues(numerals)),
      }));
    case "place":
      return ["cambodia", "abroad"].map((p) => ({ value: p, label: t(`places.${p}`) }));
    case "rescueCountry":
      return [
        { value: "unspecified", label: t("countryUnspecified") },
        ...countries(locale, ["KH"]),
      ];
    case "hasCase":
      return ["yes", "no"].map((v) => ({ value: v, label: t(`hasCaseValues.${v}`) }));
    case "deleted":
      return [{ value: "only", label: t("deletedOnly") }];
    case "stale":
      return [{ value: "1", label: t("staleOnly") }];
    case "dated":
      return SUSPECT_DATES.map((v) => ({ value: v, label: t(`datedValues.${v}`) }));
    case "outcome":
      return [
        ...enumOptions(CourtOutcome, "CourtOutcome", tEnum),
        { value: "none", label: t("outcomeNone") },
      ];
    case "sentence":
      return SENTENCE_BANDS.map((b) => ({
        value: b,
        label: t(`sentenceBands.${b}`, figureValues(SENTENCE_BAND_FIGURES, numerals)),
      }));
    case "problem":
      return SUSPECT_PROBLEMS.map((v) => ({ value: v, label: t(`problems.${v}`) }));
    default:
      return null;
  }
}
