import "server-only";
import { createHash } from "node:crypto";
import { appendAuditEvents } from "@/lib/audit/append";
import type { RequestContext } from "@/lib/audit/record";
import type { ActingUser } from "@/lib/auth/acting-user";
import { assertCan } from "@/lib/auth/scope";
import { db, dbRead } from "@/lib/db";
import { isoCodeOf } from "@/lib/domain/provinces";
import { csvRow } from "@/lib/export/csv";
import { VICTIM_FROM, victimWhereSql } from "@/lib/filters/victim-where";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TCtdcExport } from "@/lib/validation/ctdc-export";
import { CTDC_COLUMNS, ctdcRowOf, type TCtdcRow, type TCtdcVictim } from "./codes";
import { CTDC_DIMENSIONS, ctdcLevelNames } from "./dimensions";
import { kAnonymise, type TKAnonymity } from "./k-anonymise";

// The CTDC record-level victim file of one year (docs/decisions/0030, docs/report-format.md):
// the year's victims in the reader's scope, in the CTDC codebook's variables and codes,
// k-anonymised. The export is in the audit trail, with its counts and the file's SHA-256, before
// the caller may hand the file over or write it; a query that fails records nothing.

export const CTDC_CONTENT_TYPE = "text/csv; charset=utf-8";

export type TCtdcFile = {
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
  fileName: string;
  counts: TKAnonymity<TCtdcRow>["counts"];
  /** The level chosen for each generalised column, by name ("country", "subRegion", …). */
  levels: Record<string, string>;
};

/** The year's victims, as the codebook needs them: no name, date of birth, code or id is read.
 * The rescue year in Phnom Penh, live records only, the reader's scope: the lists' own filter. */
async function findCtdcVictims(user: ActingUser, year: number): Promise<TCtdcVictim[]> {
  return dbRead.$queryRaw<TCtdcVictim[]>(Prisma.sql`
    SELECT v.sex::text AS "sex", age.years AS "ageYears", v.nationality AS "nationality",
           v.rescued_abroad AS "rescuedAbroad", v.rescue_country AS "rescueCountry",
           v.exploitation_type::text AS "exploitationType"
      FROM ${VICTIM_FROM}
     WHERE ${victimWhereSql(user, { year })}`);
}

/** The k-anonymised rows of the year and what the anonymisation did. Needs `export:report`. */
export async function buildCtdcRows(user: ActingUser, options: TCtdcExport) {
  assertCan(user, "export:report");
  const victims = await findCtdcVictims(user, options.year);
  return kAnonymise(
    victims.map((v) => ctdcRowOf(options.year, v)),
    CTDC_DIMENSIONS,
    options.k,
  );
}

export function ctdcCsv(rows: readonly TCtdcRow[]): string {
  return [CTDC_COLUMNS, ...rows.map((r) => CTDC_COLUMNS.map((c) => r[c]))]
    .map((values) => csvRow([...values]))
    .join("");
}

/** Who the audit event names: the signed-in user, or (`via`) the command line, which has no
 * account of its own to name, as `npm run admin:create` records its events. */
export type TCtdcVia = { via?: "export:ctdc" };

export async function exportCtdc(
  user: ActingUser,
  options: TCtdcExport,
  request: RequestContext,
  { via }: TCtdcVia = {},
): Promise<TCtdcFile> {
  const result = await buildCtdcRows(user, options);
  const bytes = new TextEncoder().encode(ctdcCsv(result.rows));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const levels = ctdcLevelNames(result.levels);
  await appendAuditEvents(db, [
    {
      actor: via ? null : user,
      action: "report.exported",
      entityType: "report",
      entityId: String(options.year),
      details: {
        year: options.year,
        format: "ctdc-csv",
        k: options.k,
        scope: {
          national: user.nationalScope,
          provinces: user.nationalScope ? [] : user.provinceIds.map(isoCodeOf),
        },
        recordsIn: result.counts.in,
        generalised: result.counts.generalised,
        suppressed: result.counts.suppressed,
        recordsOut: result.counts.out,
        levels,
        bytes: bytes.byteLength,
        sha256,
        ...(via ? { via } : {}),
      },
      request,
    },
  ]);
  return {
    bytes,
    sha256,
    fileName: `ctdc-victims-${options.year}-k${options.k}.csv`,
    counts: result.counts,
    levels,
  };
}
