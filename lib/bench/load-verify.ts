import type pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db-client";
import type { TSave } from "./load-saves";

// After the saves, from the database itself: whether any accepted save was lost. A save the
// server accepted must have its audit event, and each case must end as its last accepted save
// left it, at its first version plus one per audited change. Then the whole audit chain verifies.

export type TSaveCheck = {
  /** Accepted saves with no audit event of theirs. */
  missingFromAudit: number;
  /** Cases whose final lead agency is not their last accepted save's. */
  wrongFinalValue: number;
  /** Cases whose version is not their first plus one per change in the audit trail. */
  wrongVersion: number;
  /** Saves the bench did not count as accepted whose change is in the audit trail nevertheless
   * (an error answered after the commit): not lost, but an answer that lied. */
  appliedUnreported: number;
  chainOk: boolean;
  chainChecked: number;
};

export const lostUpdatesOf = (c: TSaveCheck) =>
  c.missingFromAudit + c.wrongFinalValue + c.wrongVersion;

/** Each case's version before the saves, to check the count after. */
export async function readVersions(client: pg.Pool, caseIds: readonly string[]) {
  const { rows } = await client.query<{ id: string; version: number }>(
    `SELECT id, version FROM "case" WHERE id = ANY($1::uuid[])`,
    [caseIds],
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}

export async function checkSaves(
  pool: pg.Pool,
  ownerUrl: string,
  saves: readonly TSave[],
  versionsBefore: ReadonlyMap<string, number>,
): Promise<TSaveCheck> {
  const caseIds = [...versionsBefore.keys()];
  const { rows: audited } = await pool.query<{ token: string }>(
    `SELECT changes -> 'fields' -> 'leadAgency' ->> 'after' AS token FROM audit_event
      WHERE entity_type = 'case' AND entity_id = ANY($1::text[]) AND action = 'case.updated'`,
    [caseIds],
  );
  const inAudit = new Set(audited.map((r) => r.token));
  const accepted = saves.filter((s) => s.outcome === "accepted");
  const { rows: finals } = await pool.query<{ id: string; lead_agency: string; version: number }>(
    `SELECT id, lead_agency, version FROM "case" WHERE id = ANY($1::uuid[])`,
    [caseIds],
  );
  let wrongFinalValue = 0;
  let wrongVersion = 0;
  for (const c of finals) {
    const mine = accepted.filter((s) => s.caseId === c.id);
    const last = mine.reduce<TSave | null>(
      (a, s) => (a === null || s.baseVersion > a.baseVersion ? s : a),
      null,
    );
    if (last && c.lead_agency !== last.token) wrongFinalValue++;
    // Every change that reached the audit trail moved the version by one, accepted or not.
    const applied = saves.filter((s) => s.caseId === c.id && inAudit.has(s.token)).length;
    if (c.version !== (versionsBefore.get(c.id) ?? NaN) + applied) wrongVersion++;
  }
  const prisma = createPrismaClient(ownerUrl, 2);
  try {
    const chain = await verifyAuditChain(prisma);
    return {
      missingFromAudit: accepted.filter((s) => !inAudit.has(s.token)).length,
      wrongFinalValue,
      wrongVersion,
      appliedUnreported: saves.filter((s) => s.outcome !== "accepted" && inAudit.has(s.token))
        .length,
      chainOk: chain.ok,
      chainChecked: chain.checked,
    };
  } finally {
    await prisma.$disconnect();
  }
}
