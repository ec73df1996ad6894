import "server-only";
import type { Tx } from "@/lib/data/person-writes";
import { auditedVictim, type TVictimFields } from "@/lib/data/victim-fields";

// Victims are the bulk of an import, so they go in as one array per column (INSERT … SELECT FROM
// unnest): Prisma's createMany builds a parameter per cell, which cost ~25× the database time.

export type VictimRow = TVictimFields & { id: string; code: string };

/** Inserts the rows, skipping taken codes (ON CONFLICT DO NOTHING); returns the ids inserted. */
export async function insertVictims(tx: Tx, rows: VictimRow[], userId: string) {
  const col = <T>(pick: (r: VictimRow) => T) => rows.map(pick);
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO victim (id, code, case_id, name, sex, date_of_birth, age_at_rescue, nationality,
      home_province_id, rescued_at, rescued_abroad, rescue_province_id, rescue_country,
      rescuing_agency, exploitation_type, services_referred, created_by_id, updated_by_id)
    SELECT id::uuid, code, case_id::uuid, name, sex::"Sex", dob::date, age, nationality, home,
      rescued_at, abroad, rescue_province, country, agency::"RescuingAgency",
      exploitation::"ExploitationType", services::"ServiceType"[], ${userId}::uuid, ${userId}::uuid
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.code)}::text[],
      ${col((r) => r.caseId)}::text[], ${col((r) => r.name)}::text[], ${col((r) => r.sex)}::text[],
      ${col((r) => r.dateOfBirth?.toISOString().slice(0, 10) ?? null)}::text[],
      ${col((r) => r.ageAtRescue)}::int[], ${col((r) => r.nationality)}::text[],
      ${col((r) => r.homeProvinceId)}::int[], ${col((r) => r.rescuedAt)}::timestamptz[],
      ${col((r) => r.rescuedAbroad)}::bool[], ${col((r) => r.rescueProvinceId)}::int[],
      ${col((r) => r.rescueCountry)}::text[], ${col((r) => r.rescuingAgency)}::text[],
      ${col((r) => r.exploitationType)}::text[],
      ${col((r) => `{${r.servicesReferred.join(",")}}`)}::text[])
      AS t(id, code, case_id, name, sex, dob, age, nationality, home, rescued_at, abroad,
           rescue_province, country, agency, exploitation, services)
    ON CONFLICT (code) DO NOTHING
    RETURNING id::text AS id`;
  return new Set(inserted.map((r) => r.id));
}

/** The audited snapshot of a row just inserted, as createManyAndReturn would have selected it.
 * Built from auditedVictim's keys, so a column added there without a value here fails loudly. */
export function victimSnapshot(row: VictimRow): Record<string, unknown> {
  const values: Record<string, unknown> = { ...row, linkedToId: null, version: 1, deletedAt: null };
  return Object.fromEntries(
    Object.keys(auditedVictim).map((key) => {
      if (!(key in values)) throw new Error(`No imported value for victim.${key}`);
      return [key, values[key]];
    }),
  );
}
