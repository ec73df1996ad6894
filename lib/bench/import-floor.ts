import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { withConnection } from "@/lib/db-pool";
import { copyField } from "@/lib/import/copy-rows";
import { VICTIM_COLUMNS, victimCells } from "@/lib/import/insert-victims";
import { phnomPenhInstant } from "@/lib/validation/common";
import { SECRETARIAT_AGENCY_ID } from "@/lib/domain/agencies";

// The floors of the import benchmark: PostgreSQL's own COPY … FROM STDIN of the rows the import
// stores, into the REAL tables (their indexes, constraints, foreign keys and triggers, such as
// the one that fills victim.name_key), inside a transaction that is rolled back. The text is
// encoded before the clock starts: a floor measures the database, not the encoding.

const CHUNK = 256 * 1024;

/** The bench's victims as the import stores them (fresh ids and codes), in COPY text format. */
export function victimCopyText(rows: number, userId: string): string[] {
  const rescuedAt = phnomPenhInstant("2017-06-15", undefined);
  const chunks: string[] = [];
  let text = "";
  for (let i = 0; i < rows; i++) {
    const cells = victimCells(
      {
        id: randomUUID(),
        code: `F-${String(i).padStart(7, "0")}`,
        caseId: null,
        name: `V${String(i).padStart(6, "0")}`,
        sex: i % 2 ? "MALE" : "FEMALE",
        dateOfBirth: null,
        ageAtRescue: i % 60,
        nationality: "KH",
        homeProvinceId: null,
        rescuedAt,
        rescuedAbroad: false,
        rescueProvinceId: (i % 25) + 1,
        rescueCountry: null,
        rescuingAgency: "POLICE_JUDICIAL",
        exploitationType: "SEXUAL",
      },
      { id: userId, agencyId: SECRETARIAT_AGENCY_ID },
    );
    text += `${cells.map(copyField).join("\t")}\n`;
    if (text.length >= CHUNK) {
      chunks.push(text);
      text = "";
    }
  }
  if (text) chunks.push(text);
  return chunks;
}

async function copyIn(client: pg.Client, sql: string, chunks: (string | Buffer)[]) {
  await pipeline(Readable.from(chunks), client.query(copyFrom(sql)));
}

const victimCopy = `COPY victim (${VICTIM_COLUMNS.join(", ")}) FROM STDIN`;
const AUDIT = `occurred_at, actor_id, actor_email, action, entity_type, entity_id, province_id,
  changes, ip, user_agent, prev_hash, hash`;

/** Seconds PostgreSQL takes to COPY the victims in, rolled back; the table is vacuumed after. */
export async function victimFloor(url: string, chunks: string[]): Promise<number> {
  return withConnection(url, async (client) => {
    await client.query("BEGIN");
    const started = performance.now();
    await copyIn(client, victimCopy, chunks);
    const ms = performance.now() - started;
    await client.query("ROLLBACK");
    // The rolled-back rows stay in the heap and indexes until vacuumed; the import must not pay.
    await client.query("VACUUM ANALYZE victim");
    return ms;
  });
}

/** For reference: COPY of the audit rows the import wrote, again, rolled back. */
export async function auditFloor(url: string, sinceId: bigint): Promise<number> {
  return withConnection(url, async (client) => {
    const chunks: Buffer[] = [];
    const out = client.query(
      copyTo(`COPY (SELECT ${AUDIT} FROM audit_event WHERE id > ${sinceId} ORDER BY id) TO STDOUT`),
    );
    for await (const chunk of out) chunks.push(chunk as Buffer);
    await client.query("BEGIN");
    const started = performance.now();
    await copyIn(client, `COPY audit_event (${AUDIT}) FROM STDIN`, chunks);
    const ms = performance.now() - started;
    await client.query("ROLLBACK");
    return ms;
  });
}
