// Backup and restore of the demo's embedded PGlite: its whole data directory as a gzipped tar
// (PGlite's dumpDataDir), loaded back with loadDataDir. Both take the data directory's lock, so
// neither runs while `npm run demo` (or anything else) has the database open.
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock, DataDirInUseError } from "@/lib/embedded-db/lock";
import { pgliteExtensions as extensions } from "@/lib/embedded-db/extensions";
import { BackupError } from "./backup-shared";

const TAR_BLOCK = 512;

async function lockDataDir(dir: string) {
  try {
    return await acquireDataDirLock(dir);
  } catch (err) {
    if (!(err instanceof DataDirInUseError)) throw err;
    throw new BackupError(
      `the embedded database ${dir} is open in process ${err.pid} (is \`npm run demo\` running?). ` +
        "Stop it first: PGlite cannot be copied or replaced while it is open.",
    );
  }
}

/** Whether a tar archive holds a PG_VERSION file at its top: a PGlite data directory. */
function holdsDataDirectory(tar: Uint8Array): boolean {
  const text = (from: number, length: number) =>
    Buffer.from(tar.subarray(from, from + length))
      .toString("latin1")
      .replace(/\0.*$/s, "");
  if (!text(257, 5).startsWith("ustar")) return false;
  for (let at = 0; at + TAR_BLOCK <= tar.length;) {
    const name = text(at, 100);
    if (name === "") return false;
    if (name.replace(/^\.?\//, "") === "PG_VERSION") return true;
    const size = Number.parseInt(text(at + 124, 12).trim() || "0", 8);
    at += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
  }
  return false;
}

/** Writes the data directory at `dir` as a gzipped tar to `file`. */
export async function dumpPglite(dir: string, file: string, log: (line: string) => void) {
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    throw new BackupError(
      `there is no embedded database at ${dir}: run \`npm run demo\` once, or set DEMO_DATA_DIR.`,
    );
  }
  const release = await lockDataDir(dir);
  try {
    log(`Opening the embedded database at ${dir} …`);
    const db = await PGlite.create(dir, { extensions });
    try {
      // Flushed first, so the copy needs no crash recovery when it is loaded.
      await db.exec("CHECKPOINT");
      log("Copying its data directory (gzip) …");
      const tarball = await db.dumpDataDir("gzip");
      await writeFile(file, new Uint8Array(await tarball.arrayBuffer()), { mode: 0o600 });
    } finally {
      await db.close();
    }
  } finally {
    await release();
  }
}

async function isNonEmptyDir(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  return entries.length > 0;
}

/**
 * Loads the backup `file` into `dir`: into a new directory beside it first, which replaces `dir`
 * only once PGlite has opened it, so a failed restore leaves `dir` as it was. Returns the number
 * of tables in schema public of the restored database.
 */
export async function restorePglite(
  dir: string,
  file: string,
  force: boolean,
  log: (line: string) => void,
): Promise<number> {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(await readFile(file));
  } catch {
    throw new BackupError(`${file} is damaged or incomplete: it does not decompress.`);
  }
  if (!holdsDataDirectory(tar)) {
    throw new BackupError(`${file} is a gzip file, but not of a PGlite data directory.`);
  }
  const release = await lockDataDir(dir);
  const staging = `${dir}.restoring-${process.pid}`;
  try {
    if (!force && (await isNonEmptyDir(dir))) {
      throw new BackupError(
        `${dir} is not empty: it holds a database. Refusing to replace it; nothing was written. ` +
          "Pass --force to replace it, or set DEMO_DATA_DIR to an empty or new directory.",
      );
    }
    await rm(staging, { recursive: true, force: true });
    log(`Loading ${file} into a new data directory …`);
    const db = await PGlite.create(staging, {
      extensions,
      loadDataDir: new Blob([new Uint8Array(tar)]),
    });
    let tables: number;
    try {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
      );
      tables = rows[0]?.n ?? 0;
    } finally {
      await db.close();
    }
    const replaced = `${dir}.replaced-${process.pid}`;
    if (existsSync(dir)) await rename(dir, replaced);
    await rename(staging, dir);
    await rm(replaced, { recursive: true, force: true });
    return tables;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await release();
  }
}
