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
  "agency_id",
  "created_by_id",
  "updated_by_id",
] as const;

/** The row's values in VICTIM_COLUMNS order; the record belongs to the importing user's agency. */
export function victimCells(row: VictimRow, user: { id: string; agencyId: number }): Cell[] {
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
    user.agencyId,
    user.id,
    user.id,
  ];
}

/** The audited snapshot of a row just inserted, as createManyAndReturn would have selected it.
 * Typed by auditedVictim's keys, so a column added there without a value here does not compile. */
export function victimSnapshot(row: VictimRow): Record<keyof typeof auditedVictim, unknown> {
  return {
    id: row.id,
    code: row.code,
    caseId: row.caseId,
    linkedToId: null,
    name: row.name,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    ageAtRescue: row.ageAtRescue,
    nationality: row.nationality,
    homeProvinceId: row.homeProvinceId,
    rescuedAt: row.rescuedAt,
    rescuedAbroad: row.rescuedAbroad,
    rescueProvinceId: row.rescueProvinceId,
    rescueCountry: row.rescueCountry,
    rescuingAgency: row.rescuingAgency,
    exploitationType: row.exploitationType,
    version: 1,
    deletedAt: null,
  };
}
