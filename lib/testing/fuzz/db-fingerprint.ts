import pg from "pg";

// The whole database in one row: per table, its row count and what any update moves (versions,
// latest change, soft deletes). One query, so it is cheap enough to take before and after every
// generated input. Plain pg rather than Prisma, so the Playwright suite can take it too.

const FINGERPRINT_SQL = `
SELECT
  (SELECT json_build_array(count(*), sum(version), sum(session_version), max(updated_at),
          count(*) FILTER (WHERE active), count(*) FILTER (WHERE must_change_password))
     FROM app_user) AS app_user,
  (SELECT json_build_array(count(*), sum(province_id)) FROM user_province) AS user_province,
  (SELECT json_build_array(count(*), sum(version), max(updated_at), count(deleted_at))
     FROM "case") AS "case",
  (SELECT json_build_array(count(*), sum(last_value)) FROM case_sequence) AS case_sequence,
  (SELECT json_build_array(count(*), sum(version), max(updated_at), count(deleted_at))
     FROM suspect) AS suspect,
  (SELECT json_build_array(count(*), sum(version), max(updated_at), count(deleted_at))
     FROM victim) AS victim,
  (SELECT json_build_array(count(*), max(id)) FROM audit_event) AS audit_event,
  (SELECT json_build_array(count(*)) FROM report_snapshot) AS report_snapshot,
  (SELECT json_build_array(count(*), sum(session_version), count(revoked_at)) FROM session)
     AS session,
  (SELECT json_build_array(count(*), max(id)) FROM sign_in_attempt) AS sign_in_attempt,
  (SELECT json_build_array(count(*), sum(version), max(updated_at)) FROM referral) AS referral,
  (SELECT json_build_array(count(*), max(id)) FROM referral_event) AS referral_event,
  (SELECT json_build_array(count(*)) FROM follow_up) AS follow_up
`;

export type Fingerprint = Record<string, unknown[]>;
export type TableName = keyof Fingerprint & string;

export async function takeFingerprint(pool: pg.Pool): Promise<Fingerprint> {
  const { rows } = await pool.query<Fingerprint>(FINGERPRINT_SQL);
  return rows[0]!;
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after).filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
}

/** Audit rows written between the two fingerprints. */
export function auditDelta(before: Fingerprint, after: Fingerprint): number {
  return Number(after.audit_event?.[0]) - Number(before.audit_event?.[0]);
}

export function fingerprintPool(url = process.env.DATABASE_URL): pg.Pool {
  if (!url) throw new Error("DATABASE_URL is not set");
  return new pg.Pool({ connectionString: url, max: 1 });
}
