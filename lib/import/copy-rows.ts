import "server-only";
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

// Streams rows into a table on the import's own connection: COPY … FROM STDIN on PostgreSQL, and
// on the embedded PGlite (whose wire server cannot relay the COPY sub-protocol) INSERTs of
// json_populate_recordset in chunks. Both keep the rows' order, so serial ids follow it.
// See docs/decisions/0015-import-streams-rows-with-copy.md.

/** The text of a json or jsonb value, stored as written. */
export type JsonText = { readonly json: string };
export type Cell = string | number | boolean | Date | null | readonly string[] | JsonText;

export type RowSink = {
  /** Queues one row; returns a promise when the caller should wait before writing more. */
  write(row: readonly Cell[]): Promise<void> | undefined;
  /** Sends what is queued and resolves once the database has stored every row. */
  end(): Promise<void>;
  /** Stops: the rows sent so far are discarded with the transaction, which must roll back. */
  abort(): Promise<void>;
};

const COPY_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};
const COPY_SPECIAL = /[\\\t\n\r]/g;
const HAS_SPECIAL = /[\\\t\n\r]/;

function copyEscape(text: string): string {
  // Nearly every value has nothing to escape: testing first spares a replace call per field.
  return HAS_SPECIAL.test(text) ? text.replace(COPY_SPECIAL, (c) => COPY_ESCAPES[c]!) : text;
}

/** A PostgreSQL array literal; every element quoted, so none is read as NULL or split. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

function finite(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`Cannot store ${value}`);
  return value;
}

/** One field in COPY's text format. */
export function copyField(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return copyEscape(value);
  if (typeof value === "number") return String(finite(value));
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return copyEscape(arrayLiteral(value as readonly string[]));
  return copyEscape((value as JsonText).json);
}

/** One field as a JSON value for json_populate_recordset. */
export function jsonField(value: Cell): string {
  if (value === null) return "null";
  if (typeof value === "number") return String(finite(value));
  if (value instanceof Date) return `"${value.toISOString()}"`;
  if (typeof value === "object" && !Array.isArray(value)) return (value as JsonText).json;
  return JSON.stringify(value);
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

// Writes of about 64 KB: few enough calls into the stream, and each string stays below V8's
// large-object size (about 128 KB), which only a full collection would free.
const FLUSH_CHARS = 64 * 1024;

async function openCopy(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
): Promise<RowSink> {
  const stream = client.query(
    copyFrom(`COPY ${quoteName(table)} (${columns.map(quoteName).join(", ")}) FROM STDIN`, {
      highWaterMark: 4 * FLUSH_CHARS,
    }),
  );
  let failure: unknown;
  const finished = new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    // `on`, not `once`: a write racing the first error may emit another.
    stream.on("error", (err) => {
      failure ??= err;
      reject(err);
    });
  });
  finished.catch(() => {}); // read by end() or abort()
  // Fields and lines are collected in arrays and joined once: joining makes one flat string,
  // where += would build a tree of small strings for the collector to walk.
  let lines: string[] = [];
  let chars = 0;
  const fields: string[] = new Array<string>(columns.length);
  const flush = (): Promise<void> | undefined => {
    if (failure) throw failure;
    const ok = stream.write(lines.join(""));
    lines = [];
    chars = 0;
    return ok ? undefined : once(stream, "drain").then(() => undefined);
  };
  return {
    write(row) {
      for (let i = 0; i < row.length; i++) fields[i] = copyField(row[i]!);
      const line = `${fields.join("\t")}\n`;
      lines.push(line);
      chars += line.length;
      return chars >= FLUSH_CHARS ? flush() : undefined;
    },
    async end() {
      if (lines.length > 0) await flush();
      stream.end();
      await finished;
    },
    async abort() {
      lines = [];
      // CopyFail: the server ends the COPY with an error, which aborts the transaction.
      stream.destroy(new Error("import refused"));
      await finished.catch(() => {});
    },
  };
}

const JSON_CHUNK = 5_000;

function openJsonInsert(client: pg.ClientBase, table: string, columns: readonly string[]): RowSink {
  const names = columns.map(quoteName).join(", ");
  const keys = columns.map((c) => `${JSON.stringify(c)}:`);
  const sql = `INSERT INTO ${quoteName(table)} (${names})
    SELECT ${names} FROM json_populate_recordset(NULL::${quoteName(table)}, $1::json)
      WITH ORDINALITY AS r ORDER BY r.ordinality`;
  let rows: string[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const json = `[${rows.join(",")}]`;
    rows = [];
    await client.query(sql, [json]);
  };
  return {
    write(row) {
      let object = "{";
      for (let i = 0; i < row.length; i++) object += (i ? "," : "") + keys[i] + jsonField(row[i]!);
      rows.push(`${object}}`);
      return rows.length >= JSON_CHUNK ? flush() : undefined;
    },
    end: flush,
    async abort() {
      rows = [];
    },
  };
}

/** Opens a sink into `table`; nothing else may use the client until it has ended or aborted. */
export function openRowSink(
  connection: { client: pg.ClientBase; copy: boolean },
  table: string,
  columns: readonly string[],
): Promise<RowSink> {
  return connection.copy
    ? openCopy(connection.client, table, columns)
    : Promise.resolve(openJsonInsert(connection.client, table, columns));
}
