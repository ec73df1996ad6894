import pg from "pg";
import type { ImportFile } from "@/lib/import/run-import";
import {
  assertLocalDatabase,
  migrateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";
import { cellsXml, zipArchive } from "@/lib/testing/zip";

// The hostile files of upload.ts, built in memory, and its database.

/** A one-sheet XLSX-shaped zip of `rows` rows of `perRow` one-digit cells. */
export function cellBombXlsx(rows: number, perRow: number, name: string): ImportFile {
  const sheet = { name: "xl/worksheets/sheet1.xml", data: cellsXml(rows, perRow), level: 9 };
  return { kind: "victims", name, bytes: zipArchive([sheet]) };
}

/** A header, then 10 MB of line breaks. */
export function newlinesCsv(): ImportFile {
  const bytes = new Uint8Array(10 * 1024 * 1024 - 1024).fill(0x0a);
  bytes.set(new TextEncoder().encode("Name,Sex\n"));
  return { kind: "victims", name: "newlines.csv", bytes };
}

export async function freshBenchDatabase(base: string, name: string) {
  assertLocalDatabase(base);
  const url = withDatabaseName(base, name);
  const admin = new pg.Client({ connectionString: withDatabaseName(base, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  migrateDatabase(url);
  return url;
}
