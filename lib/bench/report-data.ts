import type pg from "pg";
import { PHNOM_PENH_ID, PROVINCES } from "@/lib/domain/provinces";

// Synthetic records for the report benchmark, made by PostgreSQL itself: one INSERT … SELECT FROM
// generate_series per table, so a million rows never pass through Node. The shapes follow the
// real data loosely: most events recent, Phnom Penh and the border provinces first, some victims
// rescued abroad, ages as a date of birth or an age or neither, foreign suspects with and without
// a known nationality, a few soft-deleted records and a few without an event date. Rows are stored
// in the order of their event dates, as records entered while things happen would be. Every rule of
// the schema (CHECK constraints, foreign keys, unique codes) is kept; setseed makes it repeatable.

export type TFillPlan = { victims: number; cases: number; suspects: number; firstYear: number };

/** Expands { value: weight } into an array in which each value appears `weight` times, so that
 * `arr[1 + floor(random() * length)]` in SQL draws with those weights. */
function weighted<T extends string | number | null>(weights: [T, number][]): T[] {
  return weights.flatMap(([value, weight]) => Array<T>(weight).fill(value));
}

const BORDER_PROVINCES = new Set([1, 2, 9, 17, 18, 20, 22]); // Poipet, Koh Kong, Bavet, …
const PROVINCE_WEIGHTS = weighted<number>(
  PROVINCES.map((p) => [p.id, p.id === PHNOM_PENH_ID ? 60 : BORDER_PROVINCES.has(p.id) ? 10 : 3]),
);
const OFFENCES = weighted([
  ["HUMAN_TRAFFICKING", 40],
  ["SEXUAL_EXPLOITATION", 30],
  ["LABOUR_EXPLOITATION", 15],
  ["FORCED_MARRIAGE", 5],
  ["OTHER", 10],
]);
const STATUSES = weighted([
  ["OPEN", 10],
  ["INVESTIGATION", 30],
  ["PROSECUTION", 20],
  ["IN_COURT", 15],
  ["CLOSED", 25],
]);
const AGENCIES = [
  "Anti-Human Trafficking and Juvenile Protection Police",
  "Provincial Police",
  "Military Police",
  "Ministry of Foreign Affairs",
];
const SUSPECT_SEXES = weighted([
  ["MALE", 60],
  ["FEMALE", 35],
  ["OTHER", 1],
  ["UNKNOWN", 4],
]);
const VICTIM_SEXES = weighted([
  ["FEMALE", 70],
  ["MALE", 25],
  ["OTHER", 1],
  ["UNKNOWN", 4],
]);
// [nationality, is_foreign]: Cambodians, foreigners of known and unknown nationality, unknowns.
const SUSPECT_NATIONALITIES = weighted<string>([
  ["KH:f", 78],
  ["VN:t", 6],
  ["TH:t", 4],
  ["CN:t", 4],
  ["MY:t", 1],
  ["KR:t", 1],
  ["ID:t", 1],
  [":t", 3],
  [":", 2],
]);
const ROLES = weighted([
  ["RECRUITER", 30],
  ["BROKER", 20],
  ["TRANSPORTER", 15],
  ["EXPLOITER", 25],
  ["OTHER", 10],
]);
const COUNTRIES = weighted<string | null>([
  ["TH", 40],
  ["MY", 15],
  ["CN", 15],
  ["VN", 8],
  ["ID", 5],
  ["SA", 3],
  ["KR", 2],
  ["TW", 2],
  [null, 10],
]);
const EXPLOITATIONS = weighted([
  ["SEXUAL", 35],
  ["LABOUR", 30],
  ["FORCED_MARRIAGE", 10],
  ["DOMESTIC_SERVITUDE", 5],
  ["BEGGING", 5],
  ["OTHER", 5],
  ["UNKNOWN", 10],
]);
const SERVICES = [
  "{SHELTER}",
  "{SHELTER,MEDICAL}",
  "{SHELTER,PSYCHOSOCIAL,LEGAL}",
  "{REPATRIATION,REINTEGRATION}",
  "{}",
];

/** The columns an inner SELECT draws for an event date: the year, with linearly rising weight
 * over the 20 years from $1 (more recent events are recorded more), and where in it. */
const EVENT_DRAW = `$1::int + floor(20 * sqrt(random()))::int AS ey, random() AS et`;
/** The instant those columns of `row` name, uniform within the year as read in Phnom Penh. */
const eventAt = (row: string) => `(make_timestamptz(${row}.ey, 1, 1, 0, 0, 0, 'Asia/Phnom_Penh')
  + ${row}.et * (make_timestamptz(${row}.ey + 1, 1, 1, 0, 0, 0, 'Asia/Phnom_Penh')
               - make_timestamptz(${row}.ey, 1, 1, 0, 0, 0, 'Asia/Phnom_Penh')))`;
const PICK = (param: string) => `(${param})[1 + floor(random() * cardinality(${param}))::int]`;
/** The id of case number n (1-based): computable from n, so other tables link without a lookup. */
const CASE_ID = (n: string) => `md5('bench-case-' || (${n}))::uuid`;

export async function fillCases(client: pg.Client, plan: TFillPlan, userId: string) {
  // 1% without a crack-down date; references like the real ones, made unique by the row number.
  await client.query(
    `INSERT INTO "case" (id, reference, offence_type, province_id, lead_agency, cracked_down_at,
       status, created_by_id, updated_by_id, deleted_at)
     SELECT ${CASE_ID("x.g")},
       p.code || '-' || coalesce(to_char(d.at AT TIME ZONE 'Asia/Phnom_Penh', 'YYYY'), '0000')
         || '-' || lpad(x.g::text, 7, '0'),
       x.offence::"OffenceType", x.province_id, x.agency, d.at, x.status::"CaseStatus", $7, $7,
       CASE WHEN x.r_deleted < 0.01 THEN now() END
     FROM (
       SELECT g, ${PICK("$3::text[]")} AS offence, ${PICK("$2::int[]")} AS province_id,
              ${PICK("$5::text[]")} AS agency, ${PICK("$4::text[]")} AS status,
              random() AS r_date, ${EVENT_DRAW}, random() AS r_deleted
         FROM generate_series(1, $6::int) g OFFSET 0
     ) x
     CROSS JOIN LATERAL (SELECT CASE WHEN x.r_date >= 0.01 THEN ${eventAt("x")} END AS at) d
     JOIN province p ON p.id = x.province_id
     ORDER BY d.at`,
    [plan.firstYear, PROVINCE_WEIGHTS, OFFENCES, STATUSES, AGENCIES, plan.cases, userId],
  );
}

export async function fillSuspects(client: pg.Client, plan: TFillPlan, userId: string) {
  // Arrested within two months of the case's crack-down; 10% have no case, 5% no arrest yet.
  await client.query(
    `INSERT INTO suspect (id, case_id, name, sex, date_of_birth, age_years, nationality,
       is_foreign, role, arrested_at, arresting_unit, created_by_id, updated_by_id, deleted_at)
     SELECT gen_random_uuid(), x.case_id, x.name, x.sex::"Sex",
       CASE WHEN x.r_age < 0.5 THEN date '1960-01-01' + (x.r_dob * 40 * 365)::int END,
       CASE WHEN x.r_age >= 0.5 AND x.r_age < 0.85 THEN 18 + floor(x.r_dob * 50)::int END,
       nullif(split_part(x.nat, ':', 1), ''),
       CASE split_part(x.nat, ':', 2) WHEN 't' THEN true WHEN 'f' THEN false END,
       x.role::"SuspectRole",
       CASE WHEN x.r_arrest >= 0.05
            THEN coalesce(k.cracked_down_at + x.r_lag * interval '60 days', ${eventAt("x")})
       END AS arrested_at,
       'Anti-Human Trafficking Police', $7, $7,
       CASE WHEN x.r_deleted < 0.01 THEN now() END
     FROM (
       SELECT g, 'Suspect ' || g AS name, ${PICK("$2::text[]")} AS sex,
              ${PICK("$3::text[]")} AS nat, ${PICK("$4::text[]")} AS role,
              CASE WHEN random() < 0.9 THEN ${CASE_ID("1 + floor(random() * $5::int)::int")}
              END AS case_id,
              random() AS r_age, random() AS r_dob, random() AS r_arrest, random() AS r_lag,
              ${EVENT_DRAW}, random() AS r_deleted
         FROM generate_series(1, $6::int) g OFFSET 0
     ) x
     LEFT JOIN "case" k ON k.id = x.case_id
     ORDER BY arrested_at`,
    [
      plan.firstYear,
      SUSPECT_SEXES,
      SUSPECT_NATIONALITIES,
      ROLES,
      plan.cases,
      plan.suspects,
      userId,
    ],
  );
}

/**
 * Court proceedings for the arrested: 70% charged within two months of the arrest; of those, 60%
 * with a verdict 3 to 18 months later (75% convicted, 15% acquitted, 10% dismissed), the rest
 * pending; convictions sentenced to 0–20 years, a fifth suspended, half fined. One UPDATE before
 * the indexes are built, so it costs one pass. Only the fill's own suspects: bench:load fills over
 * the demo seed, whose suspects' court records must stay as the seed made them.
 */
export async function fillCourt(client: pg.Client, userId: string) {
  await client.query(
    `UPDATE suspect s SET
       charged_at = c.charged_at,
       court_province_id = c.court,
       charge_articles = ARRAY['LSHTSE-' || (10 + floor(c.r_art * 20)::int)],
       court_outcome = c.outcome::"CourtOutcome",
       verdict_at = CASE WHEN c.outcome <> 'PENDING'
                         THEN c.charged_at + (90 + c.r_verdict * 450) * interval '1 day' END,
       sentence_months = CASE WHEN c.outcome = 'CONVICTED' THEN floor(c.r_months * 240)::int END,
       sentence_suspended = CASE WHEN c.outcome = 'CONVICTED' THEN c.r_months < 0.2 END,
       fine_riel = CASE WHEN c.outcome = 'CONVICTED' AND c.r_art < 0.5
                        THEN 1000000 * (1 + floor(c.r_verdict * 20)::int) END
     FROM (
       SELECT id, arrested_at + random() * interval '60 days' AS charged_at,
              1 + floor(random() * 25)::int AS court, random() AS r_art,
              random() AS r_verdict, random() AS r_months,
              CASE WHEN r < 0.4 THEN 'PENDING' WHEN r < 0.85 THEN 'CONVICTED'
                   WHEN r < 0.94 THEN 'ACQUITTED' ELSE 'DISMISSED' END AS outcome
         FROM (SELECT id, arrested_at, random() AS r, random() AS charged FROM suspect
                WHERE arrested_at IS NOT NULL AND created_by_id = $1) a
        WHERE charged < 0.7
     ) c
     WHERE s.id = c.id`,
    [userId],
  );
}

export async function fillVictims(client: pg.Client, plan: TFillPlan, userId: string) {
  // Rescued at the crack-down of their case (70% have one), else any time; 1% without a date.
  // 12% rescued abroad. Ages: a quarter under 15, a fifth 15–17; as a date of birth for half,
  // as an age for a third, unknown for the rest.
  await client.query(
    `INSERT INTO victim (id, code, case_id, name, sex, date_of_birth, age_at_rescue,
       nationality, home_province_id, rescued_at, rescued_abroad, rescue_province_id,
       rescue_country, rescuing_agency, exploitation_type, created_by_id,
       updated_by_id, deleted_at)
     SELECT gen_random_uuid(), 'V-B' || lpad(x.g::text, 8, '0'), x.case_id, x.name, x.sex::"Sex",
       CASE WHEN x.r_age < 0.5 THEN
         (coalesce((d.rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::date, date '2015-06-01')
           - make_interval(years => d.age))::date - (x.r_birthday * 364)::int END,
       CASE WHEN x.r_age >= 0.5 AND x.r_age < 0.85 THEN d.age END,
       CASE WHEN x.r_nat < 0.9 THEN 'KH' WHEN x.r_nat < 0.95 THEN 'VN' END,
       CASE WHEN x.r_nat < 0.8 THEN x.province_id END,
       d.rescued_at, x.abroad,
       CASE WHEN NOT x.abroad AND x.r_place >= 0.03
            THEN CASE WHEN x.r_place < 0.85 THEN coalesce(k.province_id, x.province_id)
                      ELSE x.province_id END
       END,
       CASE WHEN x.abroad THEN x.country END,
       (CASE WHEN x.abroad THEN 'FOREIGN_AFFAIRS' WHEN x.r_place < 0.9 THEN 'POLICE_JUDICIAL'
        ELSE 'OTHER' END)::"RescuingAgency",
       x.exploitation::"ExploitationType", $8, $8,
       CASE WHEN x.r_deleted < 0.01 THEN now() END
     FROM (
       SELECT g, 'Victim ' || g AS name, ${PICK("$2::text[]")} AS sex,
              ${PICK("$3::int[]")} AS province_id, ${PICK("$4::text[]")} AS country,
              ${PICK("$5::text[]")} AS exploitation,
              -- The services are referrals now (decision 0035); the draw stays, so $6 is used.
              ${PICK("$6::text[]")} AS services,
              CASE WHEN random() < 0.7 THEN ${CASE_ID("1 + floor(random() * $7::int)::int")}
              END AS case_id,
              random() < 0.12 AS abroad, random() AS r_years, random() AS r_age,
              random() AS r_birthday, random() AS r_nat, random() AS r_place, random() AS r_date,
              random() AS r_lag, ${EVENT_DRAW}, random() AS r_deleted
         FROM generate_series(1, $9::int) g OFFSET 0
     ) x
     LEFT JOIN "case" k ON k.id = x.case_id
     CROSS JOIN LATERAL (
       SELECT CASE WHEN x.r_date >= 0.01
                   THEN coalesce(k.cracked_down_at + x.r_lag * interval '2 days', ${eventAt("x")})
              END AS rescued_at,
              CASE WHEN x.r_years < 0.25 THEN 4 + floor(x.r_years * 44)::int
                   WHEN x.r_years < 0.45 THEN 15 + floor((x.r_years - 0.25) * 15)::int
                   ELSE 18 + floor((x.r_years - 0.45) * 60)::int END AS age
     ) d
     ORDER BY d.rescued_at`,
    [
      plan.firstYear,
      VICTIM_SEXES,
      PROVINCE_WEIGHTS,
      COUNTRIES,
      EXPLOITATIONS,
      SERVICES,
      plan.cases,
      userId,
      plan.victims,
    ],
  );
}
