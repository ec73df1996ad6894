// `npm run report -- --year 2017 [--format json|csv] [--bands ncct|ctdc] [--lang en|km] [--out FILE]`
// prints the annual report: the same document GET /api/reports/Y returns to a national reader
// (docs/report-format.md). It reads DATABASE_URL or, when that is unset, the demo's embedded
// database: through the running demo's server if there is one, else by opening .data/pglite.
import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ZReportYear, parseReportOptions } from "@/lib/validation/report";
import { connectReportDb, NoReportDbError } from "./report-db";

import type { ActingUser } from "@/lib/auth/acting-user";

/** The command line reads as a national reader: whoever runs it already holds the database. */
const CLI_READER: ActingUser = {
  id: "00000000-0000-0000-0000-000000000000",
  email: "npm-run-report@localhost",
  name: "npm run report",
  role: "AUDITOR",
  nationalScope: true,
  provinceIds: [],
  mustChangePassword: false,
  sessionId: null,
};

function fail(message: string): never {
  console.error(`npm run report: ${message}`);
  process.exit(2);
}

async function connect() {
  try {
    return await connectReportDb();
  } catch (err) {
    if (err instanceof NoReportDbError) fail(err.message);
    throw err;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      format: { type: "string", default: "json" },
      bands: { type: "string" },
      lang: { type: "string", default: "en" },
      out: { type: "string" },
    },
  });
  const year = ZReportYear.safeParse(values.year ?? "");
  if (!year.success) fail("--year YYYY is required, e.g. --year 2017.");
  const options = parseReportOptions({ bands: values.bands });
  if (!options.success) fail("--bands must be ncct or ctdc.");
  if (values.format !== "json" && values.format !== "csv") fail("--format must be json or csv.");
  if (values.lang !== "en" && values.lang !== "km") fail("--lang must be en or km.");

  const { url, embedded } = await connect();
  process.env.DATABASE_URL = url;
  try {
    // Imported only now: the database client reads DATABASE_URL when first used.
    const { renderReport } = await import("@/lib/reports/render-report");
    const text = await renderReport(
      CLI_READER,
      year.data,
      options.data,
      values.format,
      values.lang,
    );
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
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
