import pg from "pg";
import { crc32, deflateRawSync } from "node:zlib";
import type { ImportFile } from "@/lib/import/run-import";
import {
  assertLocalDatabase,
  migrateDatabase,
  withDatabaseName,
} from "@/lib/testing/test-database";

// The hostile files of bench-upload.ts, built in memory, and its database.

/** A one-sheet XLSX-shaped zip of `rows` rows of `perRow` one-digit cells. */
export function cellBombXlsx(rows: number, perRow: number, name: string): ImportFile {
  const row = `<row>${"<c><v>1</v></c>".repeat(perRow)}</row>`;
  const xml = Buffer.from(`<worksheet><sheetData>${row.repeat(rows)}</sheetData></worksheet>`);
  const entryName = Buffer.from("xl/worksheets/sheet1.xml");
  const packed = deflateRawSync(xml, { level: 9 });
  const header = (size: number, signature: number, at: number) => {
    const b = Buffer.alloc(size);
    b.writeUInt32LE(signature, 0);
    b.writeUInt16LE(20, at);
    b.writeUInt16LE(8, at + 4);
    b.writeUInt32LE(crc32(xml), at + 10);
    b.writeUInt32LE(packed.length, at + 14);
    b.writeUInt32LE(xml.length, at + 18);
    b.writeUInt16LE(entryName.length, at + 22);
    return b;
  };
  const local = header(30, 0x04034b50, 4);
  const central = header(46, 0x02014b50, 6);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + entryName.length, 12);
  end.writeUInt32LE(local.length + entryName.length + packed.length, 16);
  const bytes = Buffer.concat([local, entryName, packed, central, entryName, end]);
  return { kind: "victims", name, bytes: new Uint8Array(bytes) };
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
