// `npm run demo`: one command from a fresh checkout to a running app with demo data. Without
// DATABASE_URL it serves an embedded PGlite, so PostgreSQL need not be installed.
import "dotenv/config";
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { persistedAuthSecret } from "@/lib/cli/auth-secret";
import { maskedUrl, printBanner } from "@/lib/cli/demo-banner";
import { DEFAULT_PGLITE_PORT, startEmbeddedDb, type EmbeddedDb } from "@/lib/embedded-db/start";
import { demoHost, exposureWarning, probeHost } from "@/lib/cli/demo-host";
import { buildReason } from "@/lib/cli/needs-build";
import * as proc from "@/lib/embedded-db/processes";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DATA = path.join(ROOT, ".data");
const STEPS = 5;

let embedded: Promise<EmbeddedDb> | undefined;
let child: ChildProcess | undefined;
let stopping = false;
let dbGone = false;

const step = (n: number, text: string) => console.log(`\n[${n}/${STEPS}] ${text}`);
const shown = (p: string) => (path.relative(ROOT, p).startsWith("..") ? p : path.relative(ROOT, p));
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

class StepError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

// Stop next before the database, so it does not log errors for connections cut under it, and
// close PGlite properly so its data directory stays consistent.
async function shutdown(code: number): Promise<never> {
  stopping = true;
  if (child) await proc.stopChild(child);
  const db = await embedded?.catch(() => undefined);
  if (db && !dbGone) {
    console.log("Closing the embedded database …");
    await db.stop();
  }
  process.exit(code);
}

let firstSignalAt = 0;
function onSignal(signal: NodeJS.Signals) {
  // One Ctrl-C can arrive twice (from the terminal and relayed by tsx); only a later one is news.
  if (stopping) {
    if (Date.now() - firstSignalAt > 1000)
      console.log("Still shutting down; closing the database …");
    return;
  }
  firstSignalAt = Date.now();
  console.log(`\n${signal} received: stopping …`);
  void shutdown(0);
}

async function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  child = proc.spawnChild(command, args, ROOT, env);
  const exit = await proc.waitForExit(child);
  child = undefined;
  // shutdown() is already under way and ends the process.
  if (stopping) await new Promise(() => undefined);
  if (exit.code !== 0) throw new StepError(`${label} failed.`, proc.exitCodeOf(exit));
}

async function fail(err: unknown) {
  if (stopping) return;
  console.error(`\n✖ ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(err instanceof StepError ? err.exitCode : 1);
}

async function main() {
  const webPort = proc.portFromEnv("PORT", 3000);
  const pgPort = proc.portFromEnv("PGLITE_PORT", DEFAULT_PGLITE_PORT);
  const skipBuild = process.env.DEMO_SKIP_BUILD === "1";
  if (skipBuild && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new StepError(
      "DEMO_SKIP_BUILD=1, but .next holds no build: unset DEMO_SKIP_BUILD to build it.",
    );
  }
  // Checked now rather than after minutes of migrating and building.
  if (!(await proc.isPortFree(webPort))) {
    throw new StepError(`Port ${webPort} is already in use: stop what uses it, or set PORT.`);
  }

  let url = process.env.DATABASE_URL;
  let database: string;
  const started = Date.now();
  if (url) {
    database = `PostgreSQL from DATABASE_URL, ${maskedUrl(url)}`;
    step(1, `Using ${database}`);
  } else {
    const dir = path.resolve(ROOT, process.env.DEMO_DATA_DIR ?? ".data/pglite");
    step(1, `Starting embedded PostgreSQL (PGlite) at ${shown(dir)} on port ${pgPort} …`);
    embedded = startEmbeddedDb({ dir, port: pgPort });
    const db = await embedded;
    url = db.url;
    void db.exited.then(() => {
      dbGone = true;
      return fail(new StepError("The embedded database stopped unexpectedly."));
    });
    database = `embedded PGlite at ${shown(dir)} (${url})`;
    console.log(`      ready in ${seconds(started)}`);
  }
  // The embedded database has one role, which migrates too: an owner's MIGRATE_DATABASE_URL
  // left in the environment must not send the migrations elsewhere.
  const dbEnv = {
    ...process.env,
    DATABASE_URL: url,
    ...(process.env.DATABASE_URL ? {} : { MIGRATE_DATABASE_URL: url }),
  };

  step(2, "Applying database migrations …");
  await run("Applying migrations", "npm", ["run", "--silent", "db:migrate:deploy"], dbEnv);
  step(3, "Seeding demo data (existing data is kept) …");
  await run("Seeding", "npm", ["run", "--silent", "db:seed"], dbEnv);

  const host = demoHost(process.env);
  const appUrl = `http://${host === "127.0.0.1" ? "localhost" : probeHost(host)}:${webPort}`;
  const appEnv = {
    ...dbEnv,
    HOST: host,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    AUTH_SECRET: await persistedAuthSecret(DATA),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    AUTH_URL: process.env.AUTH_URL ?? appUrl,
    // The demo serves the demo accounts on purpose; a production server refuses them.
    ALLOW_DEMO_ACCOUNTS: "1",
  };
  const reason = skipBuild ? undefined : await buildReason(ROOT);
  if (reason) {
    step(4, `Building the app, because ${reason} (next build) …`);
    await run("next build", process.execPath, [proc.nextBin(), "build"], appEnv);
  } else step(4, skipBuild ? "Build skipped (DEMO_SKIP_BUILD=1)." : "The build is up to date.");

  // Through the production server entry, not `next start`: only it knows the client's address.
  step(5, `Starting the app (npm start) on ${host}, port ${webPort} …`);
  const warning = exposureWarning(host);
  if (warning) console.warn(`\n${warning}\n`);
  const next = proc.spawnChild(
    process.execPath,
    ["--import", "tsx", "lib/server/start.ts", "-p", `${webPort}`],
    ROOT,
    appEnv,
  );
  child = next;
  void proc.waitForExit(next).then(
    async (exit) => {
      if (stopping) return;
      console.error(`\nThe app server exited (${exit.signal ?? `code ${exit.code}`}).`);
      await shutdown(proc.exitCodeOf(exit));
    },
    (err: unknown) => fail(err),
  );
  const probe = `http://${probeHost(host)}:${webPort}/`;
  if ((await proc.waitForHttp(probe, next)) === "ready") printBanner(appUrl, database, warning);
}

process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
main().catch(fail);
