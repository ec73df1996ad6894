// `npm run audit:verify [-- --anchor FILE]`: checks the whole audit hash chain and names the first
// broken event; with an anchor (`npm run -s audit:anchor`), also that the anchored head is still in
// the chain, unchanged, with as many events before it (decision 0025). Exit 1 on any failure.
// Uses DATABASE_URL, or the embedded demo database when it is unset.
import "dotenv/config";
import { parseArgs } from "node:util";
import {
  AnchorError,
  anchorKeyFrom,
  anchorMacMatches,
  type TAuditAnchor,
} from "@/lib/audit/anchor";
import { checkAnchor, describeMismatch } from "@/lib/audit/anchor-check";
import { readAnchorFile } from "@/lib/audit/anchor-file";
import { verifyAuditChain } from "@/lib/audit/verify";
import { openAuditDb } from "./audit-db";

/** The anchor named on the command line, read and authenticated before the database is opened. */
async function anchorFromArgs(): Promise<TAuditAnchor | null> {
  const { values } = parseArgs({ options: { anchor: { type: "string" } }, strict: true });
  if (values.anchor === undefined) return null;
  const key = anchorKeyFrom(process.env);
  const anchor = await readAnchorFile(values.anchor);
  if (!anchorMacMatches(anchor, key)) {
    throw new AnchorError(
      "the anchor's HMAC does not match: it was edited, or made with another AUDIT_ANCHOR_KEY.",
    );
  }
  return anchor;
}

async function main(): Promise<boolean> {
  const anchor = await anchorFromArgs();
  const { db, close } = await openAuditDb();
  try {
    const report = await verifyAuditChain(db, (n) =>
      process.stderr.write(`\rChecked ${n} events…`),
    );
    process.stderr.write("\n");
    if (!report.ok) {
      const b = report.firstBreak!;
      console.log(
        `Audit chain BROKEN at event ${b.id} (${b.action}, ${b.occurredAt.toISOString()}): ` +
          `${b.reason === "content-altered" ? "its content no longer matches its hash" : "it does not link to the event before it"}. ` +
          `${report.checked} events before it verified.`,
      );
      return false;
    }
    console.log(
      `Audit chain intact: ${report.checked} events verified (last id ${report.lastId ?? "none"}).`,
    );
    if (!anchor) return true;
    const check = await checkAnchor(db, anchor);
    for (const m of check.mismatches) console.log(`Anchor FAILED: ${describeMismatch(m)}`);
    if (check.ok) {
      console.log(
        `Anchor matches: event ${anchor.lastId} (anchored ${anchor.anchoredAt}) is in the chain ` +
          `with its hash, after ${anchor.count} events.`,
      );
    }
    return check.ok;
  } finally {
    await close();
  }
}

const ok = await main().catch((err: unknown) => {
  const known =
    err instanceof AnchorError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  if (!known) throw err;
  console.log(`audit:verify: ${(err as Error).message}`);
  return false;
});
if (!ok) process.exitCode = 1;
