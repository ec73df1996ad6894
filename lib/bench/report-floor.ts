import type pg from "pg";
import { phnomPenhYearRange } from "@/lib/domain/time";
import type { TGroupCount, TReportCounts } from "@/lib/reports/queries";

// The floor for the report benchmark: the report's figures for a national reader in the fewest
// plain SQL queries, one per table, each a single scan with GROUPING SETS and FILTER, run one
// after the other on one connection. Written by hand, apart from the app's filter builders, so
// that it also checks them: the benchmark fails when the two disagree on any figure.

type Row = Record<string, string | number | boolean | null>;

const CASES = `
  SELECT GROUPING(offence_type) AS g_offence, GROUPING(province_id) AS g_province,
         offence_type::text AS offence, province_id::text AS province,
         count(*) FILTER (WHERE cracked_down_at >= $2)::int AS cur,
         count(*) FILTER (WHERE cracked_down_at < $2)::int AS prev,
         count(*) FILTER (WHERE cracked_down_at IS NULL)::int AS undated
    FROM "case"
   WHERE deleted_at IS NULL
     AND (cracked_down_at IS NULL OR (cracked_down_at >= $1 AND cracked_down_at < $3))
   GROUP BY GROUPING SETS ((), (offence_type), (province_id))`;

const SUSPECTS = `
  SELECT GROUPING(sex) AS g_sex, GROUPING(nationality) AS g_nationality,
         sex::text AS sex, nationality,
         count(*) FILTER (WHERE arrested_at >= $2)::int AS cur,
         count(*) FILTER (WHERE arrested_at < $2)::int AS prev,
         count(*) FILTER (WHERE arrested_at >= $2 AND case_id IS NULL)::int AS no_case,
         count(*) FILTER (WHERE arrested_at >= $2 AND is_foreign)::int AS foreign
    FROM suspect
   WHERE deleted_at IS NULL AND arrested_at >= $1 AND arrested_at < $3
   GROUP BY GROUPING SETS ((), (sex), (nationality))`;

// Age at rescue: whole years from the date of birth to the rescue date in Phnom Penh, else the
// recorded age; unknown when neither, or when the birth is after the rescue. NCCT's bands. OFFSET 0
// keeps the subquery apart, so the age is computed once per row rather than once per band test, and
// the grouping sets are hashed instead of sorted on the band expression.
const VICTIMS = `
  SELECT abroad, GROUPING(band) AS g_band, GROUPING(sex) AS g_sex,
         GROUPING(exploitation) AS g_exploitation, GROUPING(province) AS g_province,
         GROUPING(country) AS g_country, GROUPING(nationality) AS g_nationality,
         GROUPING(band_sex) AS g_band_sex,
         band, sex, exploitation, province, country, nationality, band_sex,
         count(*) FILTER (WHERE rescued_at >= $2)::int AS cur,
         count(*) FILTER (WHERE rescued_at < $2)::int AS prev,
         count(*) FILTER (WHERE rescued_at IS NULL)::int AS undated
    FROM (
      SELECT rescued_abroad AS abroad, rescued_at, sex::text AS sex,
             exploitation_type::text AS exploitation, rescue_province_id::text AS province,
             rescue_country AS country, nationality::text AS nationality,
             CASE WHEN years < 15 THEN 'under15' WHEN years < 18 THEN '15to17'
                  WHEN years >= 18 THEN '18plus' ELSE 'unknown' END AS band,
             CASE WHEN years < 15 THEN 'under15' WHEN years < 18 THEN '15to17'
                  WHEN years >= 18 THEN '18plus' ELSE 'unknown' END || '|' || sex::text AS band_sex
        FROM (
          SELECT *, CASE
                 WHEN date_of_birth IS NULL OR rescued_at IS NULL THEN age_at_rescue
                 WHEN date_of_birth > (rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::date THEN NULL
                 ELSE extract(year FROM age((rescued_at AT TIME ZONE 'Asia/Phnom_Penh')::date,
                                            date_of_birth))::int
               END AS years
            FROM victim
           WHERE deleted_at IS NULL
             AND (rescued_at IS NULL OR (rescued_at >= $1 AND rescued_at < $3))
          OFFSET 0
        ) aged
    ) v
   GROUP BY GROUPING SETS ((abroad), (abroad, band), (abroad, sex), (abroad, exploitation),
                           (abroad, province), (abroad, country), (abroad, nationality),
                           (abroad, band_sex))`;

// Prosecutions (by the charge date) and convictions (verdict "convicted", by the verdict date) in
// one scan of each date's index range; then the two quality counts over the whole table.
const COURT = `
  SELECT kind, GROUPING(sex) AS g_sex, GROUPING(nat) AS g_nat, GROUPING(months) AS g_months,
         sex, nat, months,
         count(*) FILTER (WHERE at >= $2)::int AS cur,
         count(*) FILTER (WHERE at < $2)::int AS prev,
         count(*) FILTER (WHERE at >= $2 AND sentence_suspended)::int AS suspended
    FROM (
      SELECT kind, at, sentence_suspended, sex::text AS sex, sentence_months::text AS months,
             CASE WHEN is_foreign IS NULL THEN 'unspecified|'
                  WHEN is_foreign THEN 'foreign|' || coalesce(nationality, '')
                  ELSE 'cambodian|KH' END AS nat
        FROM (
          SELECT 'charged' AS kind, charged_at AS at, * FROM suspect
           WHERE deleted_at IS NULL AND charged_at >= $1 AND charged_at < $3
          UNION ALL
          SELECT 'convicted', verdict_at, * FROM suspect
           WHERE deleted_at IS NULL AND court_outcome = 'CONVICTED'
             AND verdict_at >= $1 AND verdict_at < $3
        ) s
    ) s
   GROUP BY GROUPING SETS ((kind), (kind, sex), (kind, nat), (kind, months))`;

const COURT_QUALITY = `
  SELECT count(*) FILTER (WHERE court_outcome = 'CONVICTED' AND verdict_at IS NULL)::int
           AS without_date,
         count(*) FILTER (WHERE verdict_at >= $1 AND verdict_at < $2 AND verdict_at < arrested_at)::int
           AS before_arrest
    FROM suspect
   WHERE deleted_at IS NULL AND (verdict_at IS NULL OR verdict_at < arrested_at)`;

/** The floor's three queries, in order, on one open connection. */
export async function queryFloor(client: pg.Client, year: number) {
  const params = [
    phnomPenhYearRange(year - 1).start,
    phnomPenhYearRange(year).start,
    phnomPenhYearRange(year).end,
  ];
  const cases = (await client.query<Row>(CASES, params)).rows;
  const suspects = (await client.query<Row>(SUSPECTS, params)).rows;
  const victims = (await client.query<Row>(VICTIMS, params)).rows;
  const court = (await client.query<Row>(COURT, params)).rows;
  const quality = (await client.query<Row>(COURT_QUALITY, params.slice(1))).rows[0]!;
  return { cases, suspects, victims, court, quality };
}

export type TFloorRows = Awaited<ReturnType<typeof queryFloor>>;

/** The rows of one grouping set (the grouped column's GROUPING() is 0, the others' 1). */
function breakdown(rows: Row[], column: string, count = "cur"): TGroupCount[] {
  return rows
    .filter((r) => r[`g_${column}`] === 0 && Number(r[count]) > 0)
    .map((r) => ({ key: r[column] === null ? null : String(r[column]), count: Number(r[count]) }));
}

/** The rows of the grouping sets without a breakdown column (every GROUPING() is 1). */
function totalRows(rows: Row[]): Row[] {
  return rows.filter((r) => Object.keys(r).every((k) => !k.startsWith("g_") || r[k] === 1));
}

function sum(rows: Row[], column: string): number {
  return totalRows(rows).reduce((n, r) => n + Number(r[column]), 0);
}

/** The floor's rows in the report's own shape, for comparing figure by figure. */
export function floorCounts({
  cases,
  suspects,
  victims,
  court,
  quality,
}: TFloorRows): TReportCounts {
  const inCambodia = victims.filter((r) => r.abroad === false);
  const abroad = victims.filter((r) => r.abroad === true);
  const charged = court.filter((r) => r.kind === "charged");
  const convicted = court.filter((r) => r.kind === "convicted");
  return {
    cases: {
      total: sum(cases, "cur"),
      previous: sum(cases, "prev"),
      byOffence: breakdown(cases, "offence"),
      byProvince: breakdown(cases, "province"),
    },
    arrests: {
      total: sum(suspects, "cur"),
      previous: sum(suspects, "prev"),
      bySex: breakdown(suspects, "sex"),
      withoutCase: sum(suspects, "no_case"),
    },
    foreign: {
      total: sum(suspects, "foreign"),
      byNationality: breakdown(suspects, "nationality", "foreign"),
    },
    victims: {
      total: sum(inCambodia, "cur"),
      previous: sum(inCambodia, "prev"),
      byAgeBand: breakdown(inCambodia, "band"),
      bySex: breakdown(inCambodia, "sex"),
      byExploitation: breakdown(inCambodia, "exploitation"),
      byProvince: breakdown(inCambodia, "province"),
      byNationality: breakdown(inCambodia, "nationality"),
      byAgeBandAndSex: breakdown(inCambodia, "band_sex"),
    },
    abroad: {
      total: sum(abroad, "cur"),
      previous: sum(abroad, "prev"),
      byCountry: breakdown(abroad, "country"),
      bySex: breakdown(abroad, "sex"),
    },
    prosecutions: {
      total: sum(charged, "cur"),
      previous: sum(charged, "prev"),
      bySex: breakdown(charged, "sex"),
      byNationality: breakdown(charged, "nat"),
    },
    convictions: {
      total: sum(convicted, "cur"),
      previous: sum(convicted, "prev"),
      bySex: breakdown(convicted, "sex"),
      byNationality: breakdown(convicted, "nat"),
      byMonths: breakdown(convicted, "months"),
      suspended: sum(convicted, "suspended"),
      withoutVerdictDate: Number(quality.without_date),
      verdictBeforeArrest: Number(quality.before_arrest),
    },
    withoutEventDate: {
      cases: sum(cases, "undated"),
      victims: sum(victims, "undated"),
    },
  };
}
