import "server-only";
import { auditedVictim, type TVictimFields } from "@/lib/data/victim-fields";
import type { Cell } from "./copy-rows";

// A victim row as the import streams it into the victim table (see copy-rows.ts), and the
// snapshot its audit event records. The name_key column is left to the table's trigger.

export type VictimRow = TVictimFields & { id: string; code: string };

export const VICTIM_COLUMNS = [
  "id",
  "code",
  "case_id",
  "name",
  "sex",
  "date_of_birth",
  "age_at_rescue",
  "nationality",
  "home_province_id",
  "rescued_at",
  "rescued_abroad",
  "rescue_province_id",
  "rescue_country",
  "rescuing_agency",
  "exploitation_type",
  "services_referred",
  "created_by_id",
  "updated_by_id",
] as const;

/** The row's values in VICTIM_COLUMNS order. */
export function victimCells(row: VictimRow, userId: string): Cell[] {
  return [
    row.id,
    row.code,
    row.caseId,
    row.name,
    row.sex,
    row.dateOfBirth?.toISOString().slice(0, 10) ?? null,
    row.ageAtRescue,
    row.nationality,
    row.homeProvinceId,
    row.rescuedAt,
    row.rescuedAbroad,
    row.rescueProvinceId,
    row.rescueCountry,
    row.rescuingAgency,
    row.exploitationType,
    row.servicesReferred,
    userId,
    userId,
  ];
}

const SNAPSHOT_KEYS = Object.keys(auditedVictim);
const INSERTED = { linkedToId: null, version: 1, deletedAt: null };

/** The audited snapshot of a row just inserted, as createManyAndReturn would have selected it.
 * Built from auditedVictim's keys, so a column added there without a value here fails loudly. */
export function victimSnapshot(row: VictimRow): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  for (const key of SNAPSHOT_KEYS) {
    if (key in row) snapshot[key] = row[key as keyof VictimRow];
    else if (key in INSERTED) snapshot[key] = INSERTED[key as keyof typeof INSERTED];
    else throw new Error(`No imported value for victim.${key}`);
  }
  return snapshot;
}
