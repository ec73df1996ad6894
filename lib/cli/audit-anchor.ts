// `npm run -s audit:anchor`: prints the audit chain's head as a signed JSON anchor on stdout, and
// nothing else (decision 0025). Keep the output somewhere the database's administrators cannot
// write. Needs AUDIT_ANCHOR_KEY; uses DATABASE_URL, or the embedded demo database when it is unset.
import "dotenv/config";
import { AnchorError, anchorKeyFrom, signAnchor } from "@/lib/audit/anchor";
import { readAnchorHead } from "@/lib/audit/anchor-check";
import { openAuditDb } from "./audit-db";

async function main(): Promise<string | null> {
  const key = anchorKeyFrom(process.env);
  const { db, close } = await openAuditDb();
  try {
    process.stderr.write("Reading the audit chain's head…\n");
    const head = await readAnchorHead(db);
    if (!head) return "the audit trail is empty: there is nothing to anchor yet.";
    process.stdout.write(`${JSON.stringify(signAnchor(head, key), null, 2)}\n`);
    process.stderr.write(`Anchored event ${head.lastId} (${head.count} events).\n`);
    return null;
  } finally {
    await close();
  }
}

const failure = await main().catch((err: unknown) => {
  if (err instanceof AnchorError) return err.message;
  throw err;
});
if (failure) {
  process.stderr.write(`audit:anchor: ${failure}\n`);
  process.exitCode = 1;
}
