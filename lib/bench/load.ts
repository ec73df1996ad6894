// `npm run bench:load -- [--victims N] [--duration S] [--connections 10,50] [--keep] [--json F]`:
// the app under load, on this machine, against floors measured in the same run (issue 15). It
// makes a database of its own on DATABASE_URL's server (the demo seed, plus N victims from the
// report benchmark's fill), builds if needed, starts the production server on it, signs sessions
// in over HTTP, then measures with autocannon: each page's throughput and latency at each
// concurrency, as a ratio to the sign-in page's; each list's sequential server time against its
// own SQL; a save mix of writers on shared cases, checked afterwards for lost updates against the
// database and the audit chain; and the server's memory before and after. One table, PASS/MISS.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PHNOM_PENH_ID } from "@/lib/domain/provinces";
import { NoPostgresError, postgresBase, prepareLoadDatabase } from "./load-database";
import { actingUserOf, listQueries, measureListFloor, type TListFloor } from "./load-floor";
import { LoadOptionsError, parseLoadOptions } from "./load-options";
import { loadPage, pagesOf, warmPage, type TPageRun } from "./load-pages";
import { loadRows, type TLoadFigures } from "./load-report";
import { runSaveMix, type TSave, type TSaveContext } from "./load-saves";
import { buildIfNeeded, findActionId, residentMb, startServer } from "./load-server";
import { assertSignedIn, READER, signInMany, WRITER } from "./load-sessions";
import { countMisses, formatTable } from "./load-stats";
import { checkSaves, readVersions } from "./load-verify";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The demo seed's year (NCCT's 2017 report), present at every --victims. */
const YEAR = 2017;
const LISTS = ["cases", "victims", "suspects"] as const;
const log = (line: string) => console.log(`[load] ${line}`);

/** A seeded case, not a filled one: the fill's ids are md5 hashes, which no route takes for a
 * UUID (a 404, as for any malformed id). */
const SEEDED = `NOT EXISTS (SELECT 1 FROM app_user u
  WHERE u.id = c.created_by_id AND u.email = 'bench-report@test.invalid')`;

async function pickCases(pool: pg.Pool, writers: number) {
  const { rows: shown } = await pool.query<{ id: string }>(
    `SELECT id FROM "case" c WHERE deleted_at IS NULL AND reference LIKE $1 AND ${SEEDED}
      ORDER BY reference LIMIT 1`,
    [`%-${YEAR}-%`],
  );
  // Cases the writers (Phnom Penh staff) may edit, with a crack-down date the form can send back.
  const { rows: shared } = await pool.query<{ id: string }>(
    `SELECT id FROM "case" c WHERE deleted_at IS NULL AND province_id = $1
        AND cracked_down_at IS NOT NULL AND ${SEEDED} ORDER BY reference LIMIT $2`,
    [PHNOM_PENH_ID, writers],
  );
  return { caseId: shown[0]!.id, shared: shared.map((r) => r.id) };
}

async function measureFloors(
  pool: pg.Pool,
  ownerUrl: string,
  baseUrl: string,
  cookie: string,
  times: number,
): Promise<TListFloor[]> {
  // lib/data reads through lib/db, which opens DATABASE_URL on first use: the bench database.
  process.env.DATABASE_URL = ownerUrl;
  const user = await actingUserOf(pool, READER.email);
  const floors: TListFloor[] = [];
  for (const kind of LISTS) {
    const queries = await listQueries(kind, user, { year: String(YEAR) });
    const path = `/${kind}?year=${YEAR}`;
    floors.push(await measureListFloor({ kind, path, queries, baseUrl, cookie, ownerUrl, times }));
    log(`${kind}: sequential server and SQL timed`);
  }
  return floors;
}

/** What the server logged for the errors the saves were answered with (`[error <ref>]`). */
function serverErrors(output: string, answers: readonly string[]): string[] {
  return answers.flatMap((answer) => {
    const ref = /"ref":"([0-9a-f]+)"/.exec(answer)?.[1];
    const at = ref ? output.indexOf(`[error ${ref}]`) : -1;
    return at < 0 ? [] : [output.slice(at, at + 600).replaceAll(/\s+/g, " ")];
  });
}

async function main() {
  const opts = parseLoadOptions(process.argv.slice(2));
  const base = await postgresBase(process.env);
  const cpus = os.cpus();
  log(
    `${cpus[0]?.model ?? "CPU"} ×${cpus.length}, load ${os.loadavg()[0]!.toFixed(2)}, Node ${process.version}`,
  );
  const db = await prepareLoadDatabase(base, opts.victims, log);
  const pool = new pg.Pool({ connectionString: db.ownerUrl, max: 10 });
  let stopServer = async () => {};
  try {
    await buildIfNeeded(ROOT, log);
    const actionId = await findActionId(ROOT, "updateCaseAction");
    log(`starting the server on port ${opts.port}`);
    const server = await startServer(ROOT, opts.port, db.runtimeUrl);
    stopServer = server.stop;
    const memoryBefore = await residentMb(server.pid);
    log(`signing in ${opts.sessions} reading and ${opts.writers} writing sessions`);
    const readers = await signInMany(server.url, READER, opts.sessions);
    const writerCookies = await signInMany(
      server.url,
      WRITER,
      Math.min(opts.writers, opts.sessions),
    );
    await assertSignedIn(server.url, writerCookies[0]!, `/cases?year=${YEAR}`);
    const { caseId, shared } = await pickCases(pool, opts.cases);
    const floors = await measureFloors(pool, db.ownerUrl, server.url, readers[0]!, opts.sequential);

    const pages: TPageRun[] = [];
    for (const page of pagesOf(caseId, YEAR)) {
      await warmPage(server.url, page, readers[0]!);
      for (const connections of opts.connections) {
        const run = await loadPage(server.url, page, readers, connections, opts.duration);
        log(`${page.path} at ${connections}: ${run.perSecond.toFixed(1)} req/s`);
        pages.push(run);
      }
    }

    const errors: string[] = [];
    const ctx: TSaveContext = {
      baseUrl: server.url,
      actionId,
      pool,
      onError: (status, body) => {
        errors.push(`${status}: ${body.slice(0, 300).replaceAll("\n", " ")}`);
      },
    };
    const versions = await readVersions(pool, shared);
    log(`lone saves: ${opts.sequential}, one at a time`);
    // One save first, so that no measured one pays for the action's first run; it is checked too.
    const first = shared.slice(0, 1);
    const warm = await runSaveMix(ctx, writerCookies, first, 1, 1, "warm");
    const lone: TSave[] = await runSaveMix(ctx, writerCookies, first, 1, opts.sequential, "lone");
    log(`save mix: ${opts.writers} writers × ${opts.saves} saves on ${shared.length} cases`);
    const mix = await runSaveMix(ctx, writerCookies, shared, opts.writers, opts.saves, "mix");
    for (const e of errors.slice(0, 3)) log(`an unexpected save answer: ${e}`);
    for (const line of serverErrors(server.output(), errors).slice(0, 3)) log(`server: ${line}`);
    const check = await checkSaves(pool, db.ownerUrl, [...warm, ...lone, ...mix], versions);
    const memoryAfter = await residentMb(server.pid);

    const figures: TLoadFigures = {
      pages,
      floors,
      lone,
      mix,
      check,
      writers: opts.writers,
      cases: shared.length,
      memoryMb: { before: memoryBefore, after: memoryAfter },
    };
    const rows = loadRows(figures);
    console.log(
      `\nbench:load: ${opts.victims ? `${opts.victims.toLocaleString("en")} victims filled over the demo seed` : "the demo seed"}, ` +
        `year ${YEAR}, ${opts.duration} s per run, ${opts.sessions} sessions; ${cpus.length} cores, ` +
        `load average ${os.loadavg()[0]!.toFixed(2)} at the end\n`,
    );
    console.log(formatTable(rows));
    const misses = countMisses(rows);
    console.log(`\n${misses ? `${misses} targets MISSED` : "every target met"}`);
    if (opts.json) {
      await writeFile(
        opts.json,
        JSON.stringify({ options: opts, fill: db.fill, ...figures }, null, 2),
      );
      log(`figures written to ${opts.json}`);
    }
  } finally {
    await stopServer();
    await pool.end();
    if (opts.keep) log(`kept the database: ${db.ownerUrl}`);
    else await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof NoPostgresError || err instanceof LoadOptionsError) {
      console.error(`bench:load: ${(err as Error).message}`);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  },
);
