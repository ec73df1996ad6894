// `npm run -s report:verify -- --file <json>`: does this file hold a published revision of the
// annual report in this database? Hashes the file's bytes, and the canonical JSON of what it
// parses to (so a re-formatted copy of the same document still matches), looks the hash up among
// the published revisions, and checks the revision's audit anchor against the trail (decision
// 0031). Exit 0: a match whose anchor stands; 1: no match, or an anchor that no longer verifies;
// 2: bad usage, an unreadable file or not JSON. It needs the database (DATABASE_URL, or the demo's
// embedded one); a holder without it follows docs/report-format.md, "Verifying a published copy".
import "dotenv/config";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { verifyPublishedCopy, type TCopyMatch } from "@/lib/reports/verify-copy";
import {
  connectCliDatabase as connectReportDb,
  NoDatabaseError as NoReportDbError,
} from "./cli-database";

const NAME = "report:verify";

class UsageError extends Error {}

async function readArgs(): Promise<{ file: string; bytes: Uint8Array }> {
  let file: string | undefined;
  try {
    ({ file } = parseArgs({ options: { file: { type: "string" } }, strict: true }).values);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!file) throw new UsageError("--file <published report JSON> is required.");
  try {
    return { file, bytes: new Uint8Array(await readFile(file)) };
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}.`);
  }
}

/** Revision, date and anchor: no names of people, the revision and its date say who published. */
function describeMatch(m: TCopyMatch): string[] {
  const lines = [
    `MATCH: published revision ${m.revision} of the ${m.year} report, published ${m.publishedAt.toISOString()}.`,
    `  SHA-256: ${m.sha256}`,
  ];
  if (m.anchor.state === "none") {
    lines.push("  Audit anchor: none recorded (published before anchors were kept).");
  } else {
    lines.push(`  Audit anchor: event ${m.anchor.id}, hash ${m.anchor.hash}`);
    lines.push(
      m.anchor.state === "ok"
        ? "  The anchor verifies: the event is in the trail with this hash, re-hashes to it, links to the event before it, and records this publication. `npm run audit:verify` checks the whole chain."
        : `  ANCHOR FAILED: ${m.anchor.reasons.join("; ")}. The trail has changed since publication: run \`npm run audit:verify\`.`,
    );
  }
  return lines;
}

async function main(): Promise<number> {
  const { file, bytes } = await readArgs();
  const { url, embedded } = await connectReportDb();
  const db = createPrismaClient(url, 2);
  try {
    const result = await verifyPublishedCopy(db, bytes);
    if (result.kind === "invalid-json") {
      console.error(`${NAME}: ${file} is not JSON (SHA-256 ${result.rawSha256}).`);
      return 2;
    }
    if (result.matches.length === 0) {
      console.log(`NO MATCH: no published revision has this SHA-256.`);
      console.log(`  File SHA-256: ${result.rawSha256}`);
      if (result.canonicalSha256 && result.canonicalSha256 !== result.rawSha256) {
        console.log(`  Canonical JSON SHA-256: ${result.canonicalSha256}`);
      }
      return 1;
    }
    console.log(
      result.reformatted
        ? "The file was re-formatted: its bytes differ from the published document, but its canonical JSON is the published one."
        : "The file is the published document byte for byte.",
    );
    for (const m of result.matches) for (const line of describeMatch(m)) console.log(line);
    return result.matches.every((m) => m.anchor.state !== "failed") ? 0 : 1;
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

process.exitCode = await main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof NoReportDbError) {
    console.error(`${NAME}: ${err.message}`);
    console.error(`Usage: npm run -s ${NAME} -- --file <published report JSON>`);
    return 2;
  }
  // P2021: a table is missing, i.e. a database this app has not migrated.
  if ((err as { code?: string }).code === "P2021") {
    console.error(
      `${NAME}: the database has no report_snapshot table: is it this app's, migrated?`,
    );
    return 2;
  }
  console.error(err);
  return 2;
});
