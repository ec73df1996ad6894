// What `db:backup` and `db:restore` share: which database they work on, what kind a backup file
// is (by its first bytes), the refusals a user sees, and the closing line of size and time.
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** PostgreSQL as the owner (the migrations' role), or the demo's embedded PGlite data directory. */
export type BackupTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function resolveTarget(env: Partial<Record<string, string>> = process.env): BackupTarget {
  const url = env.MIGRATE_DATABASE_URL || env.DATABASE_URL;
  if (url) return { kind: "postgres", url };
  return { kind: "pglite", dir: path.resolve(ROOT, env.DEMO_DATA_DIR ?? ".data/pglite") };
}

/** A refusal or failure the user can act on: printed as it is, never with a stack. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type BackupFileKind = "postgres-custom" | "pglite-tarball" | "unknown";

const PG_CUSTOM_MAGIC = Buffer.from("PGDMP");
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** The kind of a backup file by its magic bytes: pg_dump's custom format starts with "PGDMP";
 * a PGlite data-directory dump is a gzipped tar. */
export async function readFileKind(file: string): Promise<BackupFileKind> {
  const handle = await open(file, "r").catch((err: NodeJS.ErrnoException) => {
    throw new BackupError(
      err.code === "ENOENT" ? `${file} does not exist.` : `cannot read ${file}: ${err.message}`,
    );
  });
  try {
    const header = Buffer.alloc(8);
    const { bytesRead } = await handle.read(header, 0, header.length, 0);
    const head = header.subarray(0, bytesRead);
    if (head.subarray(0, PG_CUSTOM_MAGIC.length).equals(PG_CUSTOM_MAGIC)) return "postgres-custom";
    if (head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) return "pglite-tarball";
    return "unknown";
  } finally {
    await handle.close();
  }
}

const KIND_NAMES: Record<BackupFileKind, string> = {
  "postgres-custom": "a PostgreSQL backup (pg_dump custom format)",
  "pglite-tarball": "an embedded PGlite backup (gzipped data directory)",
  unknown: "not a backup made by npm run db:backup",
};

/** Refuses a file of another kind than `expected`, before anything is written. */
export async function assertFileKind(file: string, expected: BackupFileKind) {
  const kind = await readFileKind(file);
  if (kind === expected) return;
  const hint =
    kind === "postgres-custom"
      ? " Set DATABASE_URL (or MIGRATE_DATABASE_URL) to restore it into PostgreSQL."
      : kind === "pglite-tarball"
        ? " Unset DATABASE_URL and MIGRATE_DATABASE_URL to restore it into the embedded database."
        : "";
  throw new BackupError(
    `Refusing ${file}: it is ${KIND_NAMES[kind]}, and the target needs ${KIND_NAMES[expected]}.` +
      hint,
  );
}

export type CliOptions = { file: string; force: boolean };

/** Parses `--out <file>` (backup) or `--in <file>` (restore), and `--force`. */
export function parseCli(flag: "out" | "in", usage: string, argv = process.argv.slice(2)) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { [flag]: { type: "string" }, force: { type: "boolean", default: false } },
      strict: true,
      allowPositionals: false,
    });
    const file = values[flag];
    if (typeof file !== "string" || file === "") throw new Error(`--${flag} <file> is required`);
    return { file: path.resolve(file), force: values.force === true } satisfies CliOptions;
  } catch (err) {
    throw new BackupError(`${err instanceof Error ? err.message : err}\n${usage}`, 2);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** "file (1.2 MiB, 1234567 bytes) in 3.4 s". */
export async function describeResult(file: string, startedAt: number): Promise<string> {
  const { size } = await stat(file);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  return `${file} (${formatBytes(size)}, ${size} bytes) in ${seconds} s`;
}

/** Runs a command's main: a BackupError prints its message alone; anything else, its stack. */
export function runCli(name: string, main: () => Promise<void>) {
  main()
    .then(() => process.exit(0))
    .catch((err: unknown) => {
      if (err instanceof BackupError) {
        console.error(`${name}: ${err.message}`);
        process.exit(err.exitCode);
      }
      console.error(`${name} failed:`, err);
      process.exit(1);
    });
}
