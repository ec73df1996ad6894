// Backup and restore of PostgreSQL with Debian's postgresql-client: pg_dump and pg_restore in
// custom format (-Fc). The connection reaches them as PG* environment variables, never as argv
// (which `ps` shows to every user) and never in a message: the password stays out of sight.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import pg from "pg";
import { BackupError } from "./backup-shared";
import { ensureDatabase } from "./engine";

const INSTALL_HINT =
  "Install Debian's PostgreSQL client tools with `apt-get install postgresql-client` " +
  "(their major version must be at least the server's), or put pg_dump and pg_restore on PATH.";

/** The libpq variables for `url`. Settings the URL does not give (PGPASSWORD, ~/.pgpass) are
 * left as the environment has them. */
export function libpqEnv(url: string): Record<string, string> {
  let u: URL;
  try {
    // "user@/db?host=/socket/dir" is valid for libpq but has no host for WHATWG URLs.
    u = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^@/]*@)\//, "$1localhost/"));
    if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(u.protocol);
  } catch {
    throw new BackupError("the database URL is not a valid postgresql:// URL.");
  }
  const env: Record<string, string> = {};
  const param = (name: string) => u.searchParams.get(name) ?? undefined;
  const host = param("host") ?? decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, "$1");
  if (host) env.PGHOST = host;
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  env.PGDATABASE = decodeURIComponent(u.pathname.slice(1)) || env.PGUSER || "postgres";
  const mapped = {
    sslmode: "PGSSLMODE",
    sslrootcert: "PGSSLROOTCERT",
    sslcert: "PGSSLCERT",
    sslkey: "PGSSLKEY",
    application_name: "PGAPPNAME",
    connect_timeout: "PGCONNECT_TIMEOUT",
  } as const;
  for (const [name, variable] of Object.entries(mapped)) {
    const value = param(name);
    if (value !== undefined) env[variable] = value;
  }
  return env;
}

/** "user@host:port/database", without the password, for progress lines. */
export function describeDatabase(url: string): string {
  const env = libpqEnv(url);
  return `${env.PGUSER ?? "(default user)"}@${env.PGHOST ?? "localhost"}:${env.PGPORT ?? 5432}/${env.PGDATABASE}`;
}

/** Fails clearly when a client tool is missing, and says how to install it. */
export function requireTool(tool: "pg_dump" | "pg_restore"): string {
  const run = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) {
    throw new BackupError(`${tool} is not installed or does not run. ${INSTALL_HINT}`);
  }
  return run.stdout.trim();
}

type ToolRun = { tool: string; args: string[]; url: string; onTable: (table: string) => void };

/** Runs pg_dump or pg_restore with --verbose, printing one progress line per table and keeping
 * only the error lines for the message if it fails. */
async function runTool({ tool, args, url, onTable }: ToolRun): Promise<void> {
  const child = spawn(tool, args, {
    env: { ...process.env, ...libpqEnv(url) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const errors: string[] = [];
  const lines = createInterface({ input: child.stderr });
  lines.on("line", (line) => {
    const table = /(?:dumping contents of|processing data for) table "?([^"]+)"?/.exec(line);
    if (table) onTable(table[1]!);
    else if (/\b(error|warning|FATAL|ERROR|DETAIL|HINT):/.test(line)) errors.push(line);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) {
    throw new BackupError(
      `${tool} failed (exit ${code}):\n  ${errors.join("\n  ") || "(no message)"}`,
    );
  }
}

export async function dumpPostgres(url: string, file: string, onTable: (t: string) => void) {
  await runTool({
    tool: "pg_dump",
    args: ["--format=custom", "--verbose", "--file", file],
    url,
    onTable,
  });
}

/** Checks the archive's table of contents without connecting: a truncated or damaged file is
 * refused before the target is touched. */
export async function listArchive(file: string): Promise<number> {
  const run = spawnSync("pg_restore", ["--list", file], { encoding: "utf8" });
  if (run.status !== 0) {
    throw new BackupError(`${file} is damaged or incomplete: ${run.stderr.trim()}`);
  }
  return run.stdout.split("\n").filter((l) => l && !l.startsWith(";")).length;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
}

// Created only when it does not exist: creating needs the "postgres" database and CREATEDB.
async function connectOrCreate(url: string): Promise<pg.Client> {
  try {
    return await connect(url).catch(async (err: { code?: string }) => {
      if (err.code !== "3D000") throw err;
      await ensureDatabase(url);
      return connect(url);
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BackupError(`cannot connect to ${describeDatabase(url)}: ${reason}`);
  }
}

/** The tables in schema public of the target (created if it does not exist yet). */
export async function findPublicTables(url: string): Promise<string[]> {
  const client = await connectOrCreate(url);
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

// A database name as a conninfo value, so that no name is ever read as a connection string.
const conninfoDbname = (name: string) => `dbname='${name.replace(/[\\']/g, "\\$&")}'`;

/**
 * Restores in ONE transaction (all or nothing), without owners or privileges: the roles of the
 * source may not exist on the target, and the runtime role's grants are re-made with db:grant.
 * With `replace`, each object in the archive is dropped first, in that same transaction.
 */
export async function restorePostgres(
  url: string,
  file: string,
  replace: boolean,
  onTable: (t: string) => void,
) {
  const args = [
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    "--verbose",
    ...(replace ? ["--clean", "--if-exists"] : []),
    "--dbname",
    conninfoDbname(libpqEnv(url).PGDATABASE!),
    file,
  ];
  await runTool({ tool: "pg_restore", args, url, onTable });
}
