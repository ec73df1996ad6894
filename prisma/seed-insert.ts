// The demo records go in as one JSON parameter per table, which PostgreSQL expands into rows
// (jsonb_populate_recordset). Prisma's createMany sends a parameter per cell instead: measured on
// this seed, it took 4–8 s for the 1,400 victims against 0.45 s this way, and on the embedded
// PGlite createMany of the 250 cases and 335 suspects cost more than all the victims did. The
// import makes the same choice for the same reason (lib/import/insert-victims.ts).
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";

type Columns<Input> = Partial<Record<keyof Input, string>>;

// Every column the seed fills, by Prisma field; anything else keeps its database default
// (created_at, version, name_key set by trigger). Values are applied where a row has none, so a
// NOT NULL column with a default can be left out of a row.
const TABLES = {
  case: {
    columns: {
      id: "id",
      reference: "reference",
      offenceType: "offence_type",
      provinceId: "province_id",
      leadAgency: "lead_agency",
      summary: "summary",
      crackedDownAt: "cracked_down_at",
      status: "status",
      deletedAt: "deleted_at",
      createdById: "created_by_id",
      updatedById: "updated_by_id",
    } satisfies Columns<Prisma.CaseUncheckedCreateInput>,
    defaults: {},
  },
  suspect: {
    columns: {
      id: "id",
      caseId: "case_id",
      name: "name",
      sex: "sex",
      role: "role",
      dateOfBirth: "date_of_birth",
      ageYears: "age_years",
      nationality: "nationality",
      isForeign: "is_foreign",
      arrestedAt: "arrested_at",
      arrestingUnit: "arresting_unit",
      chargedAt: "charged_at",
      courtProvinceId: "court_province_id",
      chargeArticles: "charge_articles",
      charges: "charges",
      courtOutcome: "court_outcome",
      verdictAt: "verdict_at",
      sentenceMonths: "sentence_months",
      sentenceSuspended: "sentence_suspended",
      fineRiel: "fine_riel",
      appealStatus: "appeal_status",
      deletedAt: "deleted_at",
      createdById: "created_by_id",
      updatedById: "updated_by_id",
    } satisfies Columns<Prisma.SuspectUncheckedCreateInput>,
    defaults: { charge_articles: [] },
  },
  victim: {
    columns: {
      id: "id",
      code: "code",
      caseId: "case_id",
      name: "name",
      sex: "sex",
      dateOfBirth: "date_of_birth",
      ageAtRescue: "age_at_rescue",
      nationality: "nationality",
      homeProvinceId: "home_province_id",
      rescuedAt: "rescued_at",
      rescuedAbroad: "rescued_abroad",
      rescueProvinceId: "rescue_province_id",
      rescueCountry: "rescue_country",
      rescuingAgency: "rescuing_agency",
      exploitationType: "exploitation_type",
      deletedAt: "deleted_at",
      createdById: "created_by_id",
      updatedById: "updated_by_id",
    } satisfies Columns<Prisma.VictimUncheckedCreateInput>,
    defaults: { rescued_abroad: false },
  },
} as const;

type Table = keyof typeof TABLES;

/** Inserts the rows in one statement. A field with no column here is refused, not dropped. */
export async function insertRows(tx: Prisma.TransactionClient, table: Table, rows: object[]) {
  const { columns, defaults } = TABLES[table];
  const json = rows.map((r) => {
    const row: Record<string, unknown> = { id: randomUUID(), ...defaults };
    for (const [field, value] of Object.entries(r)) {
      const column = (columns as Record<string, string>)[field];
      if (!column) throw new Error(`insertRows cannot write ${table}.${field}`);
      if (value !== undefined) row[column] = value;
    }
    return row;
  });
  const list = Prisma.raw(Object.values(columns).join(", "));
  const type = Prisma.raw(`"${table}"`);
  await tx.$executeRaw`
    INSERT INTO ${type} (${list})
    SELECT ${list} FROM jsonb_populate_recordset(NULL::${type}, ${JSON.stringify(json)}::jsonb)`;
}
