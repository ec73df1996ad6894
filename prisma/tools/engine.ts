// Prisma's WASM schema engine driven through a driver adapter. The Prisma 7 CLI downloads a native
// schema-engine binary at run time, which these machines cannot reach; see
// docs/decisions/0002-offline-migrations-with-the-wasm-schema-engine.md.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { parse } from "pg-connection-string";

type PgConfig = { host: string; port: number; user?: string; password?: string; database: string };
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

const require = createRequire(import.meta.url);
let wasmLoaded = false;

// Node 20 cannot `import` a .wasm ES module, so instantiate it by hand and hand the exports to the glue.
function loadWasm() {
  if (wasmLoaded) return;
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  const registry = { message: "", set_message: (m: string) => void (registry.message = m) };
  g.PRISMA_WASM_PANIC_REGISTRY ??= registry;
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  wasmLoaded = true;
}

type ResultSet = { columnTypes: number[] };
type PgResult = { fields?: { dataTypeID: number }[] };
type IOProto = {
  performIO: (q: object) => Promise<PgResult>;
  queryRaw: (q: object) => Promise<ResultSet>;
  __charPatched?: boolean;
};
const charColumns = new WeakMap<object, number[]>();

// adapter-pg 7.10.1 rejects OID 18, Postgres' internal "char" type used across pg_catalog
// ("Column type 'char' could not be deserialized", prisma/orm#27403). Report those columns as
// ColumnTypeEnum.Character (6): as Text, the engine panics once a CHECK constraint exists.
export function patchCharOid(adapter: object) {
  let proto = Object.getPrototypeOf(adapter) as IOProto | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) {
    proto = Object.getPrototypeOf(proto) as IOProto | null;
  }
  if (!proto || proto.__charPatched) return;
  const { performIO, queryRaw } = proto;
  proto.performIO = async function (this: unknown, query: object) {
    const result = await performIO.call(this, query);
    const indexes: number[] = [];
    (result?.fields ?? []).forEach((f, i) => {
      if (f.dataTypeID === 18) {
        f.dataTypeID = 25;
        indexes.push(i);
      }
    });
    if (indexes.length) charColumns.set(query, indexes);
    return result;
  };
  proto.queryRaw = async function (this: unknown, query: object) {
    const rs = await queryRaw.call(this, query);
    for (const i of charColumns.get(query) ?? []) rs.columnTypes[i] = 6;
    return rs;
  };
  proto.__charPatched = true;
}

type ScriptRunner = {
  client: { query: (sql: string) => Promise<unknown> };
  onError: (err: unknown) => never;
  executeScript: (script: string) => Promise<void>;
};

// adapter-pg 7.10.1 runs a migration script by splitting it on every ";", which breaks any
// function body ($$ … ; … $$) and applies the statements one by one. Send the whole script as one
// simple-protocol query instead, as the native engine does: PostgreSQL then runs it in one implicit
// transaction, so a failing migration leaves nothing half-applied.
export function patchExecuteScript(adapter: object) {
  const runner = adapter as ScriptRunner;
  runner.executeScript = async (script: string) => {
    try {
      await runner.client.query(script);
    } catch (err) {
      runner.onError(err);
    }
  };
}

export function pgConfig(url: string): PgConfig {
  const c = parse(url);
  return {
    host: c.host ?? "localhost",
    port: c.port ? Number(c.port) : 5432,
    user: c.user,
    password: c.password,
    database: c.database ?? "postgres",
  };
}

async function runAdmin(config: PgConfig, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

// adapter-pg's own connectToShadowDb() cannot be used: given a connectionString, pg lets it override
// `database`, so the "shadow" pool connects to the MAIN database. Build the shadow from fields.
class PgAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  private readonly main: PrismaPg;

  constructor(private readonly config: PgConfig) {
    this.main = new PrismaPg(config);
    this.adapterName = this.main.adapterName;
  }

  async connect() {
    const adapter = await this.main.connect();
    patchCharOid(adapter);
    patchExecuteScript(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<Adapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runAdmin(this.config, `CREATE DATABASE "${name}"`);
    const adapter = await new PrismaPg({ ...this.config, database: name }).connect();
    patchCharOid(adapter);
    patchExecuteScript(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdmin(this.config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

/** Creates the database named in `url` if it does not exist, as the Prisma CLI does. */
export async function ensureDatabase(url: string) {
  const config = pgConfig(url);
  const { rowCount } = await runAdmin(config, "SELECT 1 FROM pg_database WHERE datname = $1", [
    config.database,
  ]);
  if (!rowCount) {
    await runAdmin(config, `CREATE DATABASE "${config.database.replaceAll('"', '""')}"`);
    console.log(`Created database ${config.database}`);
  }
}

export async function openEngine(url: string, debug = false): Promise<SchemaEngine> {
  loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(
    new PgAdapterFactory(pgConfig(url)) as unknown as Parameters<
      typeof bindMigrationAwareSqlAdapterFactory
    >[0],
  );
  const log = (message: string) => {
    if (debug) console.error("[schema-engine]", message);
  };
  return glue.SchemaEngine.new({ datamodels: undefined }, log, factory);
}

export const noFilter = { externalTables: [] as string[], externalEnums: [] as string[] };

/** Loads prisma/migrations into the structure the Prisma CLI hands to the engine. */
export async function loadMigrations(dir: string): Promise<MigrationList> {
  const baseDir = path.resolve(dir);
  const lockContent = await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(
    () => null,
  );
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const content = await readFile(path.join(baseDir, entry.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok" as const, value }))
      .catch((err: Error) => ({ tag: "error" as const, value: err.message }));
    migrationDirectories.push({
      path: entry.name,
      migrationFile: { path: "migration.sql", content },
    });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}
