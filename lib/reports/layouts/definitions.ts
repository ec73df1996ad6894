import { EXPLOITATION_GROUPS } from "@/lib/domain/exploitation-groups";

// The layouts' rules in words, in English, as the document states them (rules.definitions); the
// exports write each in the file's language from the `reportLayouts.definitions` messages, which
// a unit test keeps to the same keys.

const list = (types: readonly string[]) => types.join(", ");

const COMMON = {
  period:
    "The period runs from its first to its last date, both inclusive, read in Phnom Penh time (UTC+7).",
  deleted: "Soft-deleted records never count.",
  scope: "Figures cover only the provinces the reader is scoped to, unless the scope is national.",
};

export const TIP_DEFINITIONS: Record<string, string> = {
  ...COMMON,
  tipPeriod: "By default the TIP reporting period: 1 April of the year to 31 March of the next.",
  investigations: "Cases whose crack-down date falls in the period.",
  prosecutions: "Suspects charged or sent to court in the period, by the charge date.",
  convictions:
    "Suspects whose verdict is 'convicted' and whose verdict date falls in the period; acquittals and dismissals are not convictions.",
  victimsIdentified: "Victims rescued in the period, in Cambodia and abroad, by the rescue date.",
  labourCases:
    "Labour trafficking, for cases and suspects: the case's offence is labour exploitation.",
  labourVictims: `Labour trafficking, for victims: exploitation ${list(EXPLOITATION_GROUPS.labour)} (TIP counts forced begging as forced labour).`,
};

export const GLOTIP_DEFINITIONS: Record<string, string> = {
  ...COMMON,
  glotipPeriod: "By default the calendar year.",
  victims: "Victims detected: rescued in the period, in Cambodia and abroad, by the rescue date.",
  ageGroup:
    "Child: under 18 at the rescue date (from the exact date of birth, else the recorded age); adult: 18 and over; unknown when neither is recorded.",
  forms: `Forms of exploitation: sexual exploitation (SEXUAL); forced labour (${list(EXPLOITATION_GROUPS["forced-labour"])}); other forms (${list(EXPLOITATION_GROUPS["other-forms"])}); unknown (UNKNOWN).`,
  sex: "Sex as recorded; GLOTIP asks for females and males, other and unknown are given apart.",
  victimCitizenship:
    "Victims' citizenship: national (KH), foreign (any other recorded nationality, also by country), or unknown (none recorded).",
  suspected: "Persons suspected or arrested: suspects whose arrest date falls in the period.",
  prosecuted: "Persons prosecuted: suspects charged or sent to court in the period.",
  convicted: "Persons convicted: verdict 'convicted' with the verdict date in the period.",
  personCitizenship:
    "Persons' citizenship: Cambodian (KH), foreign (recorded as foreign, nationality known or not), or unknown (not known whether foreign).",
};
