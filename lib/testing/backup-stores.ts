// Databases of the backup round-trip test, on the path the suite runs on: scratch databases on the
// PostgreSQL server of the suite, or PGlite data directories under .data/ served on their own
// ports (5436, 5437; 5434 and 5435 belong to the integration and e2e suites).
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDb } from "@/lib/embedded-db/start";
import {
  dropDatabase,
  maintenanceUrl,
  recreateDatabase,
  serverQuery,
  withDatabaseName,
} from "./test-database";

/** source: seeded and backed up; restored: a new database the backup goes into; occupied and
 * forced: targets that already hold something; empty: a target that never exists. */
export type Store = "source" | "restored" | "occupied" | "forced" | "empty";
export type Opened = { url: string; close: () => Promise<void> };

export type Backend = {
  kind: "postgres" | "pglite";
  /** The environment in which db:backup and db:restore work on `store`. */
  env(store: Store): NodeJS.ProcessEnv;
  /** A connection to `store` (on PGlite, a server of its own until close()). */
  open(store: Store): Promise<Opened>;
  remove(store: Store): Promise<void>;
  /** Puts data that is not the application's into `store`, a target restore must refuse. */
  occupy(store: Store): Promise<void>;
  /** What `store` holds, to show that a refusal wrote nothing: [] when it does not exist. */
  contents(store: Store): Promise<string[]>;
};

const ROOT = path.resolve(import.meta.dirname, "../..");
const PGLITE_PORTS: Partial<Record<Store, number>> = { source: 5436, restored: 5437, forced: 5437 };

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DOTENV_CONFIG_QUIET: "true" };
  // A developer's .env must not point the commands at another database.
  env.DOTENV_CONFIG_PATH = path.join(ROOT, ".data", "no-such.env");
  delete env.DATABASE_URL;
  delete env.MIGRATE_DATABASE_URL;
  delete env.DEMO_DATA_DIR;
  return env;
}

function postgresBackend(base: string): Backend {
  const suffix = process.env.CTIP_TEST_DB_SUFFIX?.replace(/[^a-z0-9_]/g, "") ?? "";
  const url = (store: Store) =>
    withDatabaseName(base, `ctip_backup_${store}${suffix && `_${suffix}`}`);
  return {
    kind: "postgres",
    env: (store) => ({ ...cleanEnv(), DATABASE_URL: url(store) }),
    open: async (store) => ({ url: url(store), close: async () => {} }),
    remove: (store) => dropDatabase(url(store)),
    occupy: async (store) => {
      await recreateDatabase(url(store));
      await serverQuery(
        url(store),
        "CREATE TABLE keep_me (note text); INSERT INTO keep_me VALUES ('kept')",
      );
    },
    contents: async (store) => {
      const name = new URL(url(store)).pathname.slice(1);
      const exists = await serverQuery(
        maintenanceUrl(base),
        "SELECT 1 FROM pg_database WHERE datname = $1",
        [name],
      );
      if (exists.length === 0) return [];
      const tables = await serverQuery(
        url(store),
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
      );
      const names = tables.map((t) => String(t.tablename));
      const kept = names.includes("keep_me")
        ? await serverQuery(url(store), "SELECT note FROM keep_me")
        : [];
      return [...names, ...kept.map((r) => `keep_me: ${r.note}`)];
    },
  };
}

function pgliteBackend(): Backend {
  const dir = (store: Store) => path.join(ROOT, ".data", `pglite-backup-${store}`);
  return {
    kind: "pglite",
    env: (store) => ({ ...cleanEnv(), DEMO_DATA_DIR: dir(store) }),
    open: async (store) => {
      const db = await startEmbeddedDb({ dir: dir(store), port: PGLITE_PORTS[store] ?? 0 });
      return { url: db.url, close: db.stop };
    },
    remove: (store) => rm(dir(store), { recursive: true, force: true }),
    occupy: async (store) => {
      await mkdir(dir(store), { recursive: true });
      await writeFile(path.join(dir(store), "keep-me.txt"), "kept");
    },
    contents: async (store) => {
      // Beside the directory too: a restore must leave no staging directory behind.
      const siblings = await readdir(path.dirname(dir(store)));
      const own = siblings.filter((name) => name.startsWith(`pglite-backup-${store}`)).sort();
      const files = await readdir(dir(store)).catch(() => [] as string[]);
      const kept = files.includes("keep-me.txt")
        ? [`keep-me.txt: ${await readFile(path.join(dir(store), "keep-me.txt"), "utf8")}`]
        : [];
      return [...own, ...files.sort(), ...kept];
    },
  };
}

/** The backend of the suite's own database: PGlite when its server says so. */
export function backendFor(suiteUrl: string, version: string): Backend {
  return version.includes("PGlite") ? pgliteBackend() : postgresBackend(suiteUrl);
}

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs `npm run db:backup` or `db:restore` (their scripts, without npm's own output). */
export function runBackupCli(
  command: "backup" | "restore",
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<CliRun> {
  const script = path.join("prisma", "tools", `${command}.ts`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
