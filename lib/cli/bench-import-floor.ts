import { randomUUID } from "node:crypto";
import pg from "pg";

// The floor for the import benchmark: the same rows, already mapped to columns, stored by ONE
// INSERT … SELECT FROM unnest(…) into a scratch copy of the victim table (same columns, types,
// defaults, constraints and indexes, but no triggers or foreign keys).

export async function floorInsert(url: string, rows: number, userId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS victim_floor`);
    await client.query(`CREATE TABLE victim_floor (LIKE victim INCLUDING ALL)`);
    const ids: string[] = [];
    const codes: string[] = [];
    const names: string[] = [];
    const sexes: string[] = [];
    const ages: number[] = [];
    const provinces: number[] = [];
    for (let i = 0; i < rows; i++) {
      ids.push(randomUUID());
      codes.push(`V-${String(i).padStart(6, "0")}`);
      names.push(`V${String(i).padStart(6, "0")}`);
      sexes.push(i % 2 ? "MALE" : "FEMALE");
      ages.push(i % 60);
      provinces.push((i % 25) + 1);
    }
    const started = performance.now();
    await client.query(
      `INSERT INTO victim_floor (id, code, name, sex, age_at_rescue, nationality, rescued_at,
         rescued_abroad, rescue_province_id, rescuing_agency, exploitation_type, services_referred,
         created_by_id, updated_by_id)
       SELECT id, code, name, sex::"Sex", age, 'KH', '2017-06-15T00:00:00+07:00', false, province,
         'POLICE_JUDICIAL', 'SEXUAL', '{SHELTER}', $7, $7
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
         AS t(id, code, name, sex, age, province)`,
      [ids, codes, names, sexes, ages, provinces, userId],
    );
    return performance.now() - started;
  } finally {
    await client.end();
  }
}
