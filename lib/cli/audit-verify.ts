// `npm run audit:verify`: checks the whole audit hash chain and names the first broken event.
// Uses DATABASE_URL, or the embedded demo database when it is unset.
import "dotenv/config";
import path from "node:path";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db-client";
import { startEmbeddedDb } from "./embedded-db";

const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedDb({ dir: process.env.DEMO_DATA_DIR ?? path.resolve(".data", "pglite") });
const db = createPrismaClient(process.env.DATABASE_URL ?? embedded!.url, 2);
try {
  const report = await verifyAuditChain(db, (n) => process.stderr.write(`\rChecked ${n} events…`));
  process.stderr.write("\n");
  if (report.ok) {
    console.log(
      `Audit chain intact: ${report.checked} events verified (last id ${report.lastId ?? "none"}).`,
    );
  } else {
    const b = report.firstBreak!;
    console.log(
      `Audit chain BROKEN at event ${b.id} (${b.action}, ${b.occurredAt.toISOString()}): ` +
        `${b.reason === "content-altered" ? "its content no longer matches its hash" : "it does not link to the event before it"}. ` +
        `${report.checked} events before it verified.`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
