// `npm run report -- --year 2017 | --from 2017-04-01 --to 2018-03-31 [--format json|csv]
//   [--bands ncct|ctdc] [--lang en|km] [--out FILE]`
// prints the annual report: the same document GET /api/reports/Y returns to a national reader
// (docs/report-format.md). It reads DATABASE_URL or, when that is unset, the demo's embedded
// database: through the running demo's server if there is one, else by opening .data/pglite.
// `npm run report -- --year 2017 --layout tip|glotip [--from D --to D] [--format json|csv|xlsx]
//   [--lang en|km] [--variant full|public --k 11] [--out FILE]` prints the TIP or GLOTIP layout
// instead (TIP: 1 April 2017 – 31 March 2018 by default; GLOTIP: 2017), as
// GET /api/reports/2017?layout= does; xlsx needs --out.
import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ZReportYear, parseReportOptions, parseReportPeriod } from "@/lib/validation/report";
import { parseLayoutRequest } from "@/lib/validation/report-layout";
import { K_MAX, K_MIN } from "@/lib/domain/suppression";
import { cliReader, connectCliDatabase, NoDatabaseError } from "./cli-database";

const CLI_READER = cliReader("npm run report");

function fail(message: string): never {
  console.error(`npm run report: ${message}`);
  process.exit(2);
}

async function connect() {
  try {
    return await connectCliDatabase();
  } catch (error) {
    if (error instanceof NoDatabaseError) fail(error.message);
    throw error;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      format: { type: "string", default: "json" },
      bands: { type: "string" },
      lang: { type: "string", default: "en" },
      out: { type: "string" },
      layout: { type: "string" },
      variant: { type: "string" },
      k: { type: "string" },
    },
  });
  if (values.layout !== undefined) return printLayout(values);
  const period = parseReportPeriod({ from: values.from, to: values.to });
  if (!period.success) {
    fail(
      "--from and --to go together, as real dates YYYY-MM-DD, --from not after --to, at most ten years apart.",
    );
  }
  if (period.data && values.year) fail("give --year or --from/--to, not both.");
  const year = ZReportYear.safeParse(values.year ?? "");
  if (!period.data && !year.success) {
    fail("--year YYYY (e.g. --year 2017) or --from YYYY-MM-DD --to YYYY-MM-DD is required.");
  }
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
      period.data ?? year.data!,
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

type TValues = Partial<Record<"year" | "from" | "to" | "format" | "lang" | "out", string>> & {
  bands?: string;
  layout?: string;
  variant?: string;
  k?: string;
};

/** --layout: the TIP or GLOTIP layout, through the same request schema as the routes. */
async function printLayout(values: TValues) {
  if (values.bands !== undefined) fail("--bands does not apply to a layout.");
  const year = values.year ?? values.from?.slice(0, 4) ?? "";
  const params = new URLSearchParams();
  for (const name of ["layout", "from", "to", "format", "lang", "variant", "k"] as const) {
    const value = values[name];
    if (value !== undefined) params.set(name, value);
  }
  const parsed = parseLayoutRequest(year, params);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    fail(
      `invalid ${fields.map((f) => `--${f}`).join(", ")}: --layout tip|glotip, --year YYYY or --from/--to (real dates, together), --format json|csv|xlsx, --lang en|km, --variant full|public, --k ${K_MIN}–${K_MAX}.`,
    );
  }
  if (parsed.data.format === "xlsx" && !values.out) fail("--format xlsx needs --out FILE.");

  const { url, embedded } = await connect();
  process.env.DATABASE_URL = url;
  try {
    const { buildLayoutDocument, renderLayoutFile } =
      await import("@/lib/reports/layouts/export-layout");
    const doc = await buildLayoutDocument(CLI_READER, parsed.data);
    const bytes = await renderLayoutFile(doc, parsed.data);
    if (values.out) await writeFile(values.out, bytes);
    else process.stdout.write(bytes);
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
