// `npm run export:ctdc -- --year 2017 --out victims-2017.csv [--k 11]` writes the CTDC
// record-level victim file of a year, k-anonymised (docs/report-format.md, "CTDC export"), and
// prints to stderr how many records it read, generalised, suppressed and wrote. The export is in
// the audit trail before the file is written. It reads as a national reader, from DATABASE_URL or
// the demo's embedded database, as `npm run report` does.
import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseCtdcExport } from "@/lib/validation/ctdc-export";
import { cliReader, connectCliDatabase, NoDatabaseError } from "./cli-database";

const COMMAND = "npm run export:ctdc";

function fail(message: string): never {
  console.error(`${COMMAND}: ${message}`);
  process.exit(2);
}

function parseOptions() {
  const { values } = parseArgs({
    options: { year: { type: "string" }, out: { type: "string" }, k: { type: "string" } },
  });
  if (!values.out) fail("--out FILE is required, e.g. --out victims-2017.csv.");
  const parsed = parseCtdcExport(values.year ?? "", values.k);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    if (fields.has("year")) fail("--year YYYY is required, e.g. --year 2017.");
    fail("--k must be a whole number from 2 to 1000 (CTDC publishes with 11).");
  }
  return { ...parsed.data, out: values.out };
}

async function main() {
  const options = parseOptions();
  const { url, embedded } = await connectCliDatabase().catch((error: unknown) => {
    if (error instanceof NoDatabaseError) fail(error.message);
    throw error;
  });
  process.env.DATABASE_URL = url;
  try {
    // Imported only now: the database client reads DATABASE_URL when first used.
    const { exportCtdc } = await import("@/lib/reports/ctdc/export-ctdc");
    const file = await exportCtdc(
      cliReader(COMMAND),
      options,
      { ip: null, userAgent: COMMAND },
      { via: "export:ctdc" },
    );
    await writeFile(options.out, file.bytes);
    const { counts, levels } = file;
    const chosen = Object.entries(levels)
      .map(([column, level]) => `${column}=${level}`)
      .join(", ");
    console.error(
      [
        `CTDC file of ${options.year}, k = ${options.k}: ${options.out}`,
        `records in: ${counts.in}`,
        `generalised: ${counts.generalised}`,
        `suppressed: ${counts.suppressed}`,
        `out: ${counts.out}`,
        `levels: ${chosen}`,
        `sha256: ${file.sha256}`,
      ].join("\n"),
    );
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
