// The lock that marks an embedded database's data directory as open: `<dir>.lock` beside it,
// holding the process id. PGlite takes no lock of its own, and two processes writing one data
// directory corrupt it, so the database process, the backup and the restore all take this one.
import { readFile, rm, writeFile } from "node:fs/promises";

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`The embedded database ${dir} is already open in process ${pid}.`);
  }
}

function errorCode(err: unknown): string | undefined {
  return err instanceof Error && "code" in err && typeof err.code === "string"
    ? err.code
    : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === "EPERM";
  }
}

// A process killed a moment ago can still exist for a second or two while the OS reclaims it.
async function outlives(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (!isAlive(pid)) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return isAlive(pid);
}

/** Takes the data directory's lock, or throws DataDirInUseError naming the live process that
 * holds it. Returns the function that releases it. */
export async function acquireDataDirLock(dir: string): Promise<() => Promise<void>> {
  const lockFile = `${dir}.lock`;
  try {
    await writeFile(lockFile, String(process.pid), { flag: "wx" });
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
    const holder = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
    if (holder && holder !== process.pid && (await outlives(holder, 3000))) {
      throw new DataDirInUseError(dir, holder);
    }
    // Left behind by a process that was killed: take it over.
    await writeFile(lockFile, String(process.pid));
  }
  return () => rm(lockFile, { force: true });
}
