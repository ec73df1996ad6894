import { CLOSE_REASONS } from "@/lib/domain/case-workflow";
import { CASE_STATUSES, OFFENCE_TYPES } from "@/lib/validation/case";
import { SEXES } from "@/lib/validation/person";
import { APPEAL_STATUSES, COURT_OUTCOMES, SUSPECT_ROLES } from "@/lib/validation/suspect";
import { EXPLOITATION_TYPES, RESCUING_AGENCIES, SERVICE_TYPES } from "@/lib/validation/victim";

// The columns an import file may have, per kind. `field` is the name in the zod schema (or
// `caseReference`, resolved to a case id); `en` and `km` are the headers of the two templates.
// Khmer headers use the glossary's terms (docs/glossary-km.md). Earlier Khmer templates wrote
// English in brackets beside some headers (__KM__ខេត្តលំនៅ__OLD__ខេត្តលំនៅ (Home province)__END__); `formerKm` keeps those
// names, so a file made from an older template still imports.

export const IMPORT_KINDS = ["cases", "suspects", "victims"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type CellType =
  | { type: "text" }
  | { type: "enum"; enumName: string; values: readonly string[] }
  | { type: "list"; enumName: string; values: readonly string[] }
  | { type: "province" }
  | { type: "caseReference" };

export type ColumnDef = {
  field: string;
  en: string;
  km: string;
  /** Khmer headers earlier templates wrote for this column, still read. */
  formerKm?: string[];
  /** A required column must be present (its cells are still checked by the schema). */
  required: boolean;
  cell: CellType;
  /** An example value for the template. */
  example: string;
};

function col(
  field: string,
  en: string,
  km: string,
  required: boolean,
  cell: CellType,
  example: string,
): ColumnDef {
  return { field, en, km, required, cell, example };
}

function formerly(def: ColumnDef, ...formerKm: string[]): ColumnDef {
  return { ...def, formerKm };
}

const text: CellType = { type: "text" };
const province: CellType = { type: "province" };
const oneOf = (enumName: string, values: readonly string[]): CellType => ({
  type: "enum",
  enumName,
  values,
});

const CASE_COLUMNS: ColumnDef[] = [
  col(
    "offenceType",
    "Offence type",
    "ប្រភេទបទល្មើស",
    true,
    oneOf("OffenceType", OFFENCE_TYPES),
    "HUMAN_TRAFFICKING",
  ),
  col("provinceId", "Province", "ខេត្ត", true, province, "Phnom Penh"),
  formerly(
    col("leadAgency", "Lead agency", "ស្ថាប័នទទួលបន្ទុក", true, text, "Anti-Human Trafficking Police"),
    "ស្ថាប័នទទួលបន្ទុក (Lead agency)",
  ),
  formerly(
    col("crackedDownOn", "Crack-down date", "កាលបរិច្ឆេទបង្ក្រាប", false, text, "2017-06-15"),
    "កាលបរិច្ឆេទបង្ក្រាប (Crack-down date)",
  ),
  formerly(
    col("crackedDownTime", "Crack-down time", "ម៉ោងបង្ក្រាប", false, text, "08:30"),
    "ម៉ោងបង្ក្រាប (Crack-down time)",
  ),
  col("status", "Status", "ស្ថានភាព", true, oneOf("CaseStatus", CASE_STATUSES), "OPEN"),
  // Required for a closed case (decision 0036); optional as a column, so older files still import.
  col(
    "closeReason",
    "Close reason",
    "មូលហេតុបិទករណី",
    false,
    oneOf("CaseCloseReason", CLOSE_REASONS),
    "",
  ),
  col("summary", "Summary", "សេចក្ដីសង្ខេប", false, text, ""),
];

const PERSON_COLUMNS: ColumnDef[] = [
  col("name", "Name", "ឈ្មោះ", true, text, "Sok Dara"),
  col("sex", "Sex", "ភេទ", true, oneOf("Sex", SEXES), "FEMALE"),
  col("dateOfBirth", "Date of birth", "ថ្ងៃខែឆ្នាំកំណើត", false, text, "2001-07-04"),
];
const nationality: ColumnDef = col("nationality", "Nationality", "សញ្ជាតិ", false, text, "KH");

const SUSPECT_COLUMNS: ColumnDef[] = [
  col(
    "caseReference",
    "Case reference",
    "លេខយោងករណី",
    true,
    { type: "caseReference" },
    "PNP-2017-0001",
  ),
  ...PERSON_COLUMNS,
  col("ageYears", "Age", "អាយុ", false, text, ""),
  nationality,
  col("role", "Role", "តួនាទី", true, oneOf("SuspectRole", SUSPECT_ROLES), "BROKER"),
  formerly(
    col("arrestedOn", "Arrest date", "កាលបរិច្ឆេទចាប់ខ្លួន", false, text, "2017-06-15"),
    "កាលបរិច្ឆេទចាប់ខ្លួន (Arrest date)",
  ),
  formerly(
    col("arrestedTime", "Arrest time", "ម៉ោងចាប់ខ្លួន", false, text, ""),
    "ម៉ោងចាប់ខ្លួន (Arrest time)",
  ),
  formerly(
    col("arrestingUnit", "Arresting unit", "អង្គភាពចាប់ខ្លួន", false, text, ""),
    "អង្គភាពចាប់ខ្លួន (Arresting unit)",
  ),
  // Court proceedings (decision 0029), through the same schema as the suspect form.
  col("chargedOn", "Charge date", "កាលបរិច្ឆេទចោទប្រកាន់", false, text, "2017-06-20"),
  col("chargedTime", "Charge time", "ម៉ោងចោទប្រកាន់", false, text, ""),
  col("courtProvinceId", "Court (province)", "តុលាការ (ខេត្ត)", false, province, "Phnom Penh"),
  col(
    "chargeArticles",
    "Articles charged",
    "មាត្រាដែលបានចោទប្រកាន់",
    false,
    text,
    "LSHTSE-15; CC-239",
  ),
  formerly(col("charges", "Charges", "បទចោទប្រកាន់", false, text, ""), "បទចោទប្រកាន់ (Charges)"),
  formerly(
    col(
      "courtOutcome",
      "Court outcome",
      "លទ្ធផលនៃការជំនុំជម្រះនៅតុលាការ",
      false,
      oneOf("CourtOutcome", COURT_OUTCOMES),
      "PENDING",
    ),
    "លទ្ធផលតុលាការ (Court outcome)",
  ),
  col("verdictOn", "Verdict date", "កាលបរិច្ឆេទសាលក្រម", false, text, ""),
  col("verdictTime", "Verdict time", "ម៉ោងសាលក្រម", false, text, ""),
  col("sentenceMonths", "Sentence (months)", "ទោសដាក់ពន្ធនាគារ (ខែ)", false, text, ""),
  col(
    "sentenceSuspended",
    "Sentence suspended",
    "ព្យួរទោស",
    false,
    oneOf("YesNo", ["YES", "NO"]),
    "",
  ),
  col("fineRiel", "Fine (riel)", "ពិន័យជាប្រាក់ (រៀល)", false, text, ""),
  col("appealStatus", "Appeal", "បណ្ដឹងឧទ្ធរណ៍", false, oneOf("AppealStatus", APPEAL_STATUSES), ""),
];

const VICTIM_COLUMNS: ColumnDef[] = [
  col("caseReference", "Case reference", "លេខយោងករណី", false, { type: "caseReference" }, ""),
  ...PERSON_COLUMNS,
  formerly(
    col("ageAtRescue", "Age at rescue", "អាយុនៅពេលជួយសង្គ្រោះ", false, text, ""),
    "អាយុ (Age at rescue)",
  ),
  nationality,
  formerly(
    col("homeProvinceId", "Home province", "ខេត្តលំនៅ", false, province, "Kandal"),
    "ខេត្តលំនៅ (Home province)",
  ),
  formerly(
    col("rescuedOn", "Rescue date", "កាលបរិច្ឆេទជួយសង្គ្រោះ", false, text, "2017-06-15"),
    "កាលបរិច្ឆេទជួយសង្គ្រោះ (Rescue date)",
  ),
  formerly(
    col("rescuedTime", "Rescue time", "ម៉ោងជួយសង្គ្រោះ", false, text, ""),
    "ម៉ោងជួយសង្គ្រោះ (Rescue time)",
  ),
  formerly(
    col(
      "rescuePlace",
      "Place of rescue",
      "ទីកន្លែងជួយសង្គ្រោះ",
      true,
      oneOf("RescuePlace", ["CAMBODIA", "ABROAD"]),
      "CAMBODIA",
    ),
    "ទីកន្លែងជួយសង្គ្រោះ (Place of rescue)",
  ),
  formerly(
    col("rescueProvinceId", "Province of rescue", "ខេត្តជួយសង្គ្រោះ", false, province, "Phnom Penh"),
    "ខេត្តជួយសង្គ្រោះ (Province of rescue)",
  ),
  formerly(
    col("rescueCountry", "Country of rescue", "ប្រទេសជួយសង្គ្រោះ", false, text, ""),
    "ប្រទេសជួយសង្គ្រោះ (Country of rescue)",
  ),
  formerly(
    col(
      "rescuingAgency",
      "Rescuing agency",
      "ស្ថាប័នជួយសង្គ្រោះ",
      true,
      oneOf("RescuingAgency", RESCUING_AGENCIES),
      "POLICE_JUDICIAL",
    ),
    "ស្ថាប័នជួយសង្គ្រោះ (Rescuing agency)",
  ),
  formerly(
    col(
      "exploitationType",
      "Exploitation",
      "ប្រភេទការធ្វើអាជីវកម្ម",
      true,
      oneOf("ExploitationType", EXPLOITATION_TYPES),
      "SEXUAL",
    ),
    "ប្រភេទការកេងប្រវ័ញ្ច (Exploitation)",
  ),
  formerly(
    col(
      "servicesReferred",
      "Services referred to",
      "សេវាបញ្ជូនបន្ត",
      false,
      { type: "list", enumName: "ServiceType", values: SERVICE_TYPES },
      "SHELTER; MEDICAL",
    ),
    "សេវាបញ្ជូនបន្ត (Services referred to)",
  ),
];

export const COLUMNS: Record<ImportKind, ColumnDef[]> = {
  cases: CASE_COLUMNS,
  suspects: SUSPECT_COLUMNS,
  victims: VICTIM_COLUMNS,
};

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}
