import type pg from "pg";
import { isoCodeOf, PROVINCES } from "@/lib/domain/provinces";
import { fillCases, fillCourt, fillSuspects, fillVictims, type TFillPlan } from "./report-data";

// Fills the bench database fast: the provinces, the bench user, then the three record tables
// (report-data.ts) with their indexes and foreign keys made after the rows, and statistics.

export type TFillTimes = { table: string; rows: number; ms: number }[];

/** The bench user: a national manager, a real row so that created_by_id points at someone. Its
 * password hash matches no password: nobody signs in as it. */
export async function insertBenchUser(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO app_user (id, email, name, password_hash, role, national_scope, updated_at)
     VALUES (gen_random_uuid(), 'bench-report@test.invalid', 'Bench Manager', '!', 'MANAGER',
             true, now())
     RETURNING id`,
  );
  return rows[0]!.id;
}

/** The provinces, where the migrations have not put them already (they have since the province
 * reference data migration; older kept databases may lack them). */
export async function insertProvinces(client: pg.Client) {
  await client.query(
    `INSERT INTO province (id, code, iso_code, name_en, name_km)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (id) DO NOTHING`,
    [
      PROVINCES.map((p) => p.id),
      PROVINCES.map((p) => p.code),
      PROVINCES.map((p) => isoCodeOf(p.id)),
      PROVINCES.map((p) => p.nameEn),
      PROVINCES.map((p) => p.nameKm),
    ],
  );
}

const TABLES = `ARRAY['"case"', 'suspect', 'victim']::regclass[]`;

/** What is dropped during the fill and made again after it, in that order: the secondary indexes
 * (unique ones included) and the foreign keys, each from its own definition. */
async function deferredDefinitions(client: pg.Client) {
  const { rows: indexes } = await client.query<{ drop: string; create: string }>(
    `SELECT 'DROP INDEX ' || i.indexrelid::regclass::text AS drop,
            pg_get_indexdef(i.indexrelid) AS create
       FROM pg_index i
      WHERE i.indrelid = ANY(${TABLES}) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  const { rows: keys } = await client.query<{ drop: string; create: string }>(
    `SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname,
                   pg_get_constraintdef(oid)) AS create
       FROM pg_constraint
      WHERE contype = 'f' AND conrelid = ANY(${TABLES})`,
  );
  return { indexes, keys };
}

/**
 * Fills the three record tables. While filling, the secondary indexes and foreign keys are dropped,
 * then made again from their own definitions: building an index once is several times faster than
 * updating it a million times, and adding a foreign key checks every row in one join where a live
 * one checks them one at a time. Adding them back validates every row, so the rules still hold;
 * the CHECK constraints and the name-key trigger stay on throughout (the trigger costs 0.6 s per
 * million rows over setting name_key in the INSERT with its own function: not worth turning off).
 */
export async function fillRecords(
  client: pg.Client,
  plan: TFillPlan,
  userId: string,
): Promise<TFillTimes> {
  const times: TFillTimes = [];
  const step = async (table: string, rows: number, fill: () => Promise<unknown>) => {
    const started = performance.now();
    await fill();
    times.push({ table, rows, ms: performance.now() - started });
  };
  const { indexes, keys } = await deferredDefinitions(client);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`SET work_mem = '256MB'`);
  await client.query(`SELECT setseed(0.2017)`);
  for (const d of [...keys, ...indexes]) await client.query(d.drop);
  await step("case", plan.cases, () => fillCases(client, plan, userId));
  await step("suspect", plan.suspects, () => fillSuspects(client, plan, userId));
  await step("court", plan.suspects, () => fillCourt(client, userId));
  await step("victim", plan.victims, () => fillVictims(client, plan, userId));
  await step("indexes", indexes.length, async () => {
    for (const d of indexes) await client.query(d.create);
  });
  await step("foreign keys", keys.length, async () => {
    for (const d of keys) await client.query(d.create);
  });
  await step("vacuum analyze", 3, () => client.query(`VACUUM (ANALYZE) "case", suspect, victim`));
  return times;
}
